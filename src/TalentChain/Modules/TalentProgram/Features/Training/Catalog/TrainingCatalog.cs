using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.Catalog;

/// <summary>The training stack: the catalogue by layer, and adding layers and courses to it.</summary>
public sealed class TrainingCatalog(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<LayerView>> CatalogAsync(bool upcomingOnly = true, CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var now = clock.GetUtcNow();
        var layers = await db.TrainingLayers.AsNoTracking().OrderBy(l => l.Order).ToListAsync(ct);
        var courses = await db.Courses.AsNoTracking().Include(c => c.Skills).ThenInclude(s => s.TaxonomyNode).AsSplitQuery().OrderBy(c => c.Code).ToListAsync(ct);
        var sessionRows = await db.TrainingSessions.AsNoTracking().Where(s => !upcomingOnly || s.EndsAt >= now)
            .Select(s => new
            {
                s.Id, s.CourseId, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.ExternalLecturer,
                L = s.Lecturer == null ? null : new { s.Lecturer.GivenName, s.Lecturer.FamilyName, s.Lecturer.ChineseName },
                Enrolled = s.Enrollments.Count(e => e.Status == EnrollmentStatus.Enrolled || e.Status == EnrollmentStatus.Completed || e.Status == EnrollmentStatus.NotPassed),
                Waitlisted = s.Enrollments.Count(e => e.Status == EnrollmentStatus.Waitlisted),
            }).ToListAsync(ct);
        var sessions = sessionRows.OrderBy(s => s.StartsAt.UtcTicks).ToLookup(s => s.CourseId, s => new SessionSummary(s.Id, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.Enrolled, s.Waitlisted,
            s.L is { } l ? ProgramText.Person(l.GivenName, l.FamilyName, l.ChineseName) : s.ExternalLecturer ?? ""));
        return [.. layers.Select(l => new LayerView(l.Id, l.Code, l.DisplayName(chinese), l.Order,
            [.. courses.Where(c => c.LayerId == l.Id).Select(c => ToView(c, l, [.. sessions[c.Id]]))]))];
    }

    private CourseView ToView(Course c, TrainingLayer l, List<SessionSummary> sessions) =>
        new(c.Id, c.Code, c.DisplayName(UiCulture.IsChinese), c.Name, c.NameZh, c.Description, c.Hours, l.Code, l.DisplayName(UiCulture.IsChinese),
            [.. c.Skills.Select(s => new CourseSkillView(s.TaxonomyNode!.Code, s.TaxonomyNode.DisplayName(UiCulture.IsChinese), s.Level, labels.Level(s.Level)))], sessions);

    public async Task<LayerView> AddLayerAsync(LayerInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var code = ProgramText.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), t["Layer.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.TrainingLayers.AnyAsync(l => l.Code == code, ct)) errors.Add(nameof(input.Code), t["Layer.CodeTaken", code]);
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Layer.NameRequired"]);
        errors.ThrowIfAny(t["Layer.Invalid"]);
        var order = input.Order ?? (await db.TrainingLayers.MaxAsync(l => (int?)l.Order, ct) ?? 0) + 1;
        var layer = new TrainingLayer { Code = code!, Name = name!, NameZh = ProgramText.Blank(input.NameZh), Order = order };
        db.TrainingLayers.Add(layer);
        await db.SaveChangesAsync(ct);
        return new LayerView(layer.Id, layer.Code, layer.DisplayName(UiCulture.IsChinese), layer.Order, []);
    }

    public async Task<CourseView> AddCourseAsync(CourseInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var layerCode = ProgramText.Blank(input.LayerCode)?.ToUpperInvariant();
        var layer = layerCode is null ? null : await db.TrainingLayers.AsNoTracking().FirstOrDefaultAsync(l => l.Code == layerCode, ct);
        if (layer is null) errors.Add(nameof(input.LayerCode), t["Course.LayerUnknown", layerCode ?? ""]);
        var code = ProgramText.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), t["Course.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.Courses.AnyAsync(c => c.Code == code, ct)) errors.Add(nameof(input.Code), t["Course.CodeTaken", code]);
        var name = ProgramText.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), t["Course.NameRequired"]);
        else if (name.Length > 300) errors.Add(nameof(input.Name), t["Common.TooLong", 300]);
        if (input.Hours is not (> 0 and <= 1000)) errors.Add(nameof(input.Hours), t["Course.HoursRange"]);
        var skills = new List<CourseSkill>();
        foreach (var s in input.Skills ?? [])
        {
            var skillCode = (s.TaxonomyCode ?? "").Trim().ToUpperInvariant();
            if (skillCode.Length == 0) continue;
            var node = await db.TaxonomyRefs.AsNoTracking().FirstOrDefaultAsync(n => n.Code == skillCode, ct);
            if (node is null || node.Kind != TaxonomyKind.Skill) errors.Add(nameof(input.Skills), t["Goal.SkillUnknown", skillCode]);
            else if (s.Level is not { } level || level < 1 || level > Proficiency.Max) errors.Add(nameof(input.Skills), t["Course.SkillLevelRange", skillCode]);
            else if (skills.All(x => x.TaxonomyNodeId != node.Id)) skills.Add(new CourseSkill { TaxonomyNodeId = node.Id, Level = level });
        }
        errors.ThrowIfAny(t["Course.Invalid"]);
        var course = new Course { LayerId = layer!.Id, Code = code!, Name = name!, NameZh = ProgramText.Blank(input.NameZh), Description = ProgramText.Blank(input.Description), Hours = input.Hours!.Value };
        course.Skills.AddRange(skills);
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return (await CatalogAsync(false, ct)).SelectMany(l => l.Courses).First(c => c.Id == course.Id);
    }
}

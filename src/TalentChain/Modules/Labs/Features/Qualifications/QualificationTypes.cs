using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.Qualifications;

public sealed record CourseLink(int Id, string Code, string Name);

public sealed record QualificationTypeView(int Id, string Code, string Name, string NameEn, string? NameZh, string? Description, int ValidityMonths, List<CourseLink> Courses);

/// <summary>A qualification type: code, names, validity in months, and the catalog courses (by code) whose pass grants it.</summary>
public sealed record QualificationTypeInput(string? Code, string? Name, string? NameZh, string? Description, int? ValidityMonths, List<string>? CourseCodes);

/// <summary>Qualification types as data (上岗资质/作业资格), with the training courses that grant them.</summary>
public sealed class QualificationTypes(TalentChainDbContext db, IStringLocalizer<LabsResource> t, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<QualificationTypeView>> ListAsync(CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var types = await db.QualificationTypes.AsNoTracking().Include(q => q.Courses).OrderBy(q => q.Code).ToListAsync(ct);
        var courseIds = types.SelectMany(q => q.Courses.Select(c => c.CourseId)).Distinct().ToList();
        var courses = await db.CourseRefs.AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. types.Select(q => new QualificationTypeView(q.Id, q.Code, q.DisplayName(chinese), q.Name, q.NameZh, q.Description, q.ValidityMonths,
            [.. q.Courses.Where(c => courses.ContainsKey(c.CourseId)).Select(c => courses[c.CourseId]).OrderBy(c => c.Code).Select(c => new CourseLink(c.Id, c.Code, c.DisplayName(chinese)))]))];
    }

    /// <summary>Creates the type, or (with <paramref name="id"/>) replaces its names, validity and granting courses.</summary>
    public async Task<QualificationTypeView> SaveAsync(int? id, QualificationTypeInput input, CancellationToken ct = default)
    {
        var q = id is { } existing
            ? await db.QualificationTypes.Include(x => x.Courses).FirstOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException(t["Qualification.TypeNotFound", existing])
            : new QualificationType();
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh));
        var code = input.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) errors.Add(nameof(input.Code), t["Common.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), t["Common.TooLong", 40]);
        else if (await db.QualificationTypes.AnyAsync(x => x.Code == code && x.Id != q.Id, ct)) errors.Add(nameof(input.Code), t["Common.CodeTaken", code]);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add(nameof(input.Name), t["Common.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), t["Common.TooLong", 200]);
        if (input.NameZh?.Trim().Length > 200) errors.Add(nameof(input.NameZh), t["Common.TooLong", 200]);
        if (input.Description?.Length > 1000) errors.Add(nameof(input.Description), t["Common.TooLong", 1000]);
        if (input.ValidityMonths is not (>= 1 and <= 120)) errors.Add(nameof(input.ValidityMonths), t["Qualification.ValidityRange"]);
        var wanted = (input.CourseCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var courses = await db.CourseRefs.AsNoTracking().Where(c => wanted.Contains(c.Code)).Select(c => new { c.Id, c.Code }).ToListAsync(ct);
        foreach (var unknown in wanted.Where(w => !courses.Any(c => string.Equals(c.Code, w, StringComparison.OrdinalIgnoreCase))))
            errors.Add(nameof(input.CourseCodes), t["Qualification.UnknownCourse", unknown]);
        errors.ThrowIfAny(t["Qualification.TypeInvalid"]);
        q.Code = code!;
        q.Name = name!;
        q.NameZh = string.IsNullOrWhiteSpace(input.NameZh) ? null : input.NameZh.Trim();
        q.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        q.ValidityMonths = input.ValidityMonths!.Value;
        q.Courses.RemoveAll(c => !courses.Any(x => x.Id == c.CourseId));
        foreach (var c in courses.Where(c => !q.Courses.Any(x => x.CourseId == c.Id))) q.Courses.Add(new QualificationCourse { CourseId = c.Id });
        if (q.Id == 0) db.QualificationTypes.Add(q);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).First(x => x.Id == q.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Universities;

public sealed record UniversityInput(string? Name, string? NameZh, string? City);

public sealed record ProfessorInput(string? Name, string? NameZh, string? Field);

/// <summary>A training session a professor lectures (the session names them as its external lecturer).</summary>
public sealed record LectureView(int SessionId, string Course, DateTimeOffset StartsAt, string Place);

public sealed record ProfessorView(int Id, string Name, string? NameZh, string? Field, IReadOnlyList<LectureView> Lectures);

public sealed record UniversityView(int Id, string Name, string? NameZh, string? City, IReadOnlyList<ProfessorView> Professors);

/// <summary>Universities as data, with their professors and the company training sessions each of them lectures.</summary>
public sealed class UniversityHandlers(TalentChainDbContext db, IStringLocalizer<EducationResource> e, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<UniversityView>> ListAsync(CancellationToken ct = default)
    {
        var chinese = UiCulture.IsChinese;
        var unis = await db.Universities.AsNoTracking().Include(u => u.Professors).OrderBy(u => u.Name).ToListAsync(ct);
        var sessions = await db.TrainingSessionRefs.AsNoTracking().Where(s => s.ExternalLecturer != null)
            .Select(s => new { s.Id, s.StartsAt, s.Place, s.ExternalLecturer, s.Course!.Name, s.Course.NameZh }).ToListAsync(ct);
        // A session names its lecturer in free text ("Prof. Li Wei, Inner Mongolia University"): match the professor's name in either language.
        bool Names(string lecturer, Professor p) => lecturer.Contains(p.Name, StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrEmpty(p.NameZh) && lecturer.Contains(p.NameZh, StringComparison.Ordinal));
        return [.. unis.Select(u => new UniversityView(u.Id, u.Name, u.NameZh, u.City, [.. u.Professors.OrderBy(p => p.Name).Select(p => new ProfessorView(p.Id, p.Name, p.NameZh, p.Field,
            [.. sessions.Where(s => Names(s.ExternalLecturer!, p)).OrderBy(s => s.StartsAt).Select(s => new LectureView(s.Id, UiCulture.Pick(s.Name, s.NameZh, chinese), s.StartsAt, s.Place))]))]))];
    }

    public async Task<UniversityView> AddAsync(UniversityInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.City), input.City));
        var name = Features.PersonLines.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), e["University.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), e["Common.TooLong", 200]);
        else if (await db.Universities.AnyAsync(u => u.Name == name, ct)) errors.Add(nameof(input.Name), e["University.Duplicate", name]);
        if (input.NameZh?.Length > 200) errors.Add(nameof(input.NameZh), e["Common.TooLong", 200]);
        if (input.City?.Length > 100) errors.Add(nameof(input.City), e["Common.TooLong", 100]);
        errors.ThrowIfAny(e["University.Invalid"]);
        var u = new University { Name = name!, NameZh = Features.PersonLines.Blank(input.NameZh), City = Features.PersonLines.Blank(input.City) };
        db.Universities.Add(u);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).First(x => x.Id == u.Id);
    }

    public async Task<UniversityView> AddProfessorAsync(int universityId, ProfessorInput input, CancellationToken ct = default)
    {
        var u = await db.Universities.FirstOrDefaultAsync(x => x.Id == universityId, ct) ?? throw new NotFoundException(e["University.NotFound", universityId]);
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Name), input.Name), (nameof(input.NameZh), input.NameZh), (nameof(input.Field), input.Field));
        var name = Features.PersonLines.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), e["Professor.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), e["Common.TooLong", 200]);
        if (input.NameZh?.Length > 200) errors.Add(nameof(input.NameZh), e["Common.TooLong", 200]);
        if (input.Field?.Length > 200) errors.Add(nameof(input.Field), e["Common.TooLong", 200]);
        errors.ThrowIfAny(e["Professor.Invalid"]);
        db.Professors.Add(new Professor { UniversityId = u.Id, Name = name!, NameZh = Features.PersonLines.Blank(input.NameZh), Field = Features.PersonLines.Blank(input.Field) });
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).First(x => x.Id == u.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Ladders;

public sealed record LevelView(int Id, int Rank, string Name, string NameZh, string DisplayName, int YearsBelow, EducationLevel MinEducation,
    IReadOnlyList<EvidenceType> EvidenceRequired, ProfessionalTitle? EngineeringRank, int? Grade, bool CompanyRank);

public sealed record LadderView(int Id, string Code, LadderKind Kind, string Name, string NameZh, string DisplayName, CareerTrack? Track, long Version, IReadOnlyList<LevelView> Levels);

public sealed record LadderInput(string? Code, LadderKind? Kind, string? Name, string? NameZh, CareerTrack? Track);

public sealed record LevelInput(string? Name, string? NameZh, int? YearsBelow, EducationLevel? MinEducation, IReadOnlyList<EvidenceType>? EvidenceRequired,
    ProfessionalTitle? EngineeringRank, int? Grade, bool CompanyRank);

/// <summary>Tracks and title series as data: read by everyone signed in, edited by program managers and administrators.</summary>
public sealed class LaddersHandler(TalentChainDbContext db, IStringLocalizer<CareersResource> L)
{
    public async Task<List<LadderView>> ListAsync(CancellationToken ct)
    {
        var ladders = await db.CareerLadders.AsNoTracking().Include(l => l.Levels).OrderBy(l => l.Kind).ThenBy(l => l.Id).ToListAsync(ct);
        return [.. ladders.Select(View)];
    }

    public async Task<LadderView> GetAsync(int id, CancellationToken ct) =>
        View(await db.CareerLadders.AsNoTracking().Include(l => l.Levels).FirstOrDefaultAsync(l => l.Id == id, ct)
            ?? throw new NotFoundException(L["Ladder.NotFound", id]));

    public static LadderView View(CareerLadder l) => new(l.Id, l.Code, l.Kind, l.Name, l.NameZh, CareersText.Name(l.Name, l.NameZh), l.Track, l.Version,
        [.. l.Levels.OrderBy(x => x.Rank).Select(x => new LevelView(x.Id, x.Rank, x.Name, x.NameZh, x.DisplayName(CareersText.Chinese), x.YearsBelow, x.MinEducation,
            x.EvidenceRequired, x.EngineeringRank, x.Grade, x.CompanyRank))]);

    public async Task<LadderView> CreateAsync(LadderInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length is 0 or > 40) errors.Add("Code", L["Ladder.CodeRequired"]);
        else if (await db.CareerLadders.AnyAsync(l => l.Code == code, ct)) errors.Add("Code", L["Ladder.CodeTaken", code]);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) { errors.Add("Kind", L["Ladder.KindRequired"]); kind = default; }
        Names(errors, input.Name, input.NameZh);
        if (kind == LadderKind.Track && input.Track is null) errors.Add("Track", L["Ladder.TrackRequired"]);
        errors.ThrowIfAny(L["Ladder.Invalid"]);
        var ladder = new CareerLadder { Code = code, Kind = kind, Name = input.Name!.Trim(), NameZh = input.NameZh!.Trim(), Track = kind == LadderKind.Track ? input.Track : null };
        db.CareerLadders.Add(ladder);
        await db.SaveChangesAsync(ct);
        return View(ladder);
    }

    /// <summary>Adds a level on top of the ladder (the next rank).</summary>
    public async Task<LadderView> AddLevelAsync(int ladderId, LevelInput input, CancellationToken ct)
    {
        var ladder = await db.CareerLadders.Include(l => l.Levels).FirstOrDefaultAsync(l => l.Id == ladderId, ct)
            ?? throw new NotFoundException(L["Ladder.NotFound", ladderId]);
        var errors = new FieldErrors();
        Names(errors, input.Name, input.NameZh);
        if (input.YearsBelow is not (>= 0 and <= 40)) errors.Add("YearsBelow", L["Level.YearsInvalid"]);
        if (input.MinEducation is { } e && !Enum.IsDefined(e)) errors.Add("MinEducation", L["Level.EducationInvalid"]);
        if (input.EngineeringRank is not null && ladder.Code != BundledLadders.Engineering) errors.Add("EngineeringRank", L["Level.RankOnlyEngineering"]);
        if (input.Grade is { } g && (g < EmployeeRef.MinGrade || g > EmployeeRef.MaxGrade)) errors.Add("Grade", L["Level.GradeInvalid", EmployeeRef.MinGrade, EmployeeRef.MaxGrade]);
        if (input.Grade is not null && ladder.Kind != LadderKind.Track) errors.Add("Grade", L["Level.GradeOnlyTracks"]);
        errors.ThrowIfAny(L["Level.Invalid"]);
        ladder.Levels.Add(new LadderLevel
        {
            Rank = ladder.Levels.Count == 0 ? 1 : ladder.Levels.Max(l => l.Rank) + 1, Name = input.Name!.Trim(), NameZh = input.NameZh!.Trim(),
            YearsBelow = input.YearsBelow!.Value, MinEducation = input.MinEducation ?? EducationLevel.Unknown,
            EvidenceRequired = [.. (input.EvidenceRequired ?? []).Distinct()], EngineeringRank = input.EngineeringRank, Grade = input.Grade, CompanyRank = input.CompanyRank,
        });
        ladder.Version++; // a change to the ladder's levels is a change to the ladder
        await db.SaveChangesAsync(ct);
        return View(ladder);
    }

    /// <summary>Loads the bundled tracks and title series that are missing (idempotent).</summary>
    public async Task<int> LoadBundledAsync(CancellationToken ct)
    {
        var added = await BundledLadders.EnsureAsync(db, ct);
        await db.SaveChangesAsync(ct);
        return added;
    }

    private void Names(FieldErrors errors, string? name, string? nameZh)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200) errors.Add("Name", L["Ladder.NameRequired"]);
        if (string.IsNullOrWhiteSpace(nameZh) || nameZh.Trim().Length > 200) errors.Add("NameZh", L["Ladder.NameZhRequired"]);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Titles;

public sealed record CommitteeView(int Id, string Name, string NameZh, string DisplayName, IReadOnlyList<CommitteeMemberView> Members);

public sealed record CommitteeMemberView(int EmployeeId, string Person);

public sealed record CommitteeInput(string? Name, string? NameZh, IReadOnlyList<string>? MemberEmployeeNumbers);

public sealed record TitleCallView(int Id, int LadderId, string Series, int Year, DateOnly Deadline, bool Open, int PassNumerator, int PassDenominator,
    string PassRule, int CommitteeId, string Committee, int NoticeWorkingDays, long Version);

public sealed record TitleCallInput(int? LadderId, int? Year, DateOnly? Deadline, int? PassNumerator, int? PassDenominator, int? CommitteeId, int? NoticeWorkingDays);

/// <summary>Committees (their members are employees) and the annual title calls: announced to everyone, set up by program managers.</summary>
public sealed class TitleCalls(TalentChainDbContext db, IStringLocalizer<CareersResource> L, TimeProvider clock)
{
    public async Task<List<CommitteeView>> CommitteesAsync(CancellationToken ct)
    {
        var list = await db.CareerCommittees.AsNoTracking().Include(c => c.Members).ThenInclude(m => m.Employee).OrderBy(c => c.Id).ToListAsync(ct);
        return [.. list.Select(c => new CommitteeView(c.Id, c.Name, c.NameZh, c.DisplayName(CareersText.Chinese),
            [.. c.Members.OrderBy(m => m.EmployeeId).Select(m => new CommitteeMemberView(m.EmployeeId, CareersText.Person(m.Employee)))]))];
    }

    public async Task<CommitteeView> CreateCommitteeAsync(CommitteeInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200) errors.Add("Name", L["Ladder.NameRequired"]);
        if (string.IsNullOrWhiteSpace(input.NameZh) || input.NameZh.Trim().Length > 200) errors.Add("NameZh", L["Ladder.NameZhRequired"]);
        var numbers = (input.MemberEmployeeNumbers ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync(ct);
        foreach (var missing in numbers.Except(found.Select(f => f.EmployeeNumber), StringComparer.Ordinal)) errors.Add("MemberEmployeeNumbers", L["Person.Unknown", missing]);
        if (numbers.Count == 0) errors.Add("MemberEmployeeNumbers", L["Committee.Empty"]);
        errors.ThrowIfAny(L["Committee.Invalid"]);
        var c = new Committee { Name = input.Name!.Trim(), NameZh = input.NameZh!.Trim() };
        c.Members.AddRange(found.Select(f => new CommitteeMember { EmployeeId = f.Id }));
        db.CareerCommittees.Add(c);
        await db.SaveChangesAsync(ct);
        return (await CommitteesAsync(ct)).Single(x => x.Id == c.Id);
    }

    public async Task<List<TitleCallView>> ListAsync(CancellationToken ct)
    {
        var calls = await db.TitleCalls.AsNoTracking().Include(c => c.Ladder).Include(c => c.Committee).OrderByDescending(c => c.Year).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. calls.Select(View)];
    }

    public async Task<TitleCallView> GetAsync(int id, CancellationToken ct) =>
        View(await db.TitleCalls.AsNoTracking().Include(c => c.Ladder).Include(c => c.Committee).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(L["Call.NotFound", id]));

    private TitleCallView View(TitleCall c) => new(c.Id, c.LadderId, CareersText.Name(c.Ladder!.Name, c.Ladder.NameZh), c.Year, c.Deadline, clock.Today() <= c.Deadline,
        c.PassNumerator, c.PassDenominator, L["Call.PassRule", c.PassNumerator, c.PassDenominator], c.CommitteeId, c.Committee!.DisplayName(CareersText.Chinese), c.NoticeWorkingDays, c.Version);

    public async Task<TitleCallView> CreateAsync(TitleCallInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var ladder = input.LadderId is { } lid ? await db.CareerLadders.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lid, ct) : null;
        if (ladder is null) errors.Add("LadderId", L["Ladder.NotFound", input.LadderId ?? 0]);
        else if (ladder.Kind != LadderKind.TitleSeries) errors.Add("LadderId", L["Call.SeriesOnly"]);
        if (input.Year is not { } year || year < today.Year - 1 || year > today.Year + 2) { errors.Add("Year", L["Plan.YearInvalid", today.Year - 1, today.Year + 2]); year = 0; }
        if (input.Deadline is not { } deadline) errors.Add("Deadline", L["Call.DeadlineRequired"]);
        var num = input.PassNumerator ?? 2;
        var den = input.PassDenominator ?? 3;
        if (den < 1 || num < 1 || num > den) errors.Add("PassNumerator", L["Call.ThresholdInvalid"]);
        var committee = input.CommitteeId is { } cid ? await db.CareerCommittees.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (committee is null) errors.Add("CommitteeId", L["Committee.Unknown"]);
        var days = input.NoticeWorkingDays ?? AppointmentsHandler.DefaultNoticeDays;
        if (days is < 1 or > 30) errors.Add("NoticeWorkingDays", L["Notice.DaysInvalid"]);
        if (ladder is not null && year != 0 && await db.TitleCalls.AnyAsync(c => c.LadderId == ladder.Id && c.Year == year, ct)) errors.Add("Year", L["Call.Exists", year]);
        errors.ThrowIfAny(L["Call.Invalid"]);
        var call = new TitleCall
        {
            LadderId = ladder!.Id, Year = year, Deadline = input.Deadline!.Value, PassNumerator = num, PassDenominator = den, CommitteeId = committee!.Id, NoticeWorkingDays = days,
        };
        db.TitleCalls.Add(call);
        await db.SaveChangesAsync(ct);
        return await GetAsync(call.Id, ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Access;

public sealed record DataSetInput(string? Code, string? Name, string? NameZh, int? CriticalTechnologyId, SensitivityClass? Sensitivity, string? Description, string? Content);

public sealed record GrantInput(string? EmployeeNumber, string? LegalBasis, DateOnly? StartsOn, DateOnly? ExpiresOn, string? RequiredTraining);

public enum GrantState
{
    Active = 1,
    NotYetValid = 2,
    Expired = 3,
    Revoked = 4,
    /// <summary>The holder has left (People status not active, or the last day of a recorded departure has passed): the grant no longer opens anything, even before the exit workflow revokes it.</summary>
    HolderLeft = 5,
}

public sealed record GrantView(int Id, int DataSetId, string DataSetCode, string DataSetName, PersonCard Person, string LegalBasis, string GrantedBy,
    DateOnly StartsOn, DateOnly ExpiresOn, string? RequiredTraining, DateOnly? RevokedOn, string? RevokedReason, GrantState State, int DaysToExpiry);

public sealed record DataSetView(int Id, string Code, string Name, string? NameZh, int? CriticalTechnologyId, SensitivityClass Sensitivity, string? Description, int ActiveGrants, int ExpiringSoon);

public sealed record ReadLogView(long Id, DateTimeOffset At, string UserName, string? EmployeeName, string What);

public sealed record ControlledRecord(DataSetView DataSet, string? Content);

/// <summary>
/// Need-to-know compartments: controlled data sets, access grants (expiry computed at query time from the clock), and
/// the read log — every read of a controlled record is logged with who, when and what.
/// </summary>
public sealed class AccessHandlers(TalentChainDbContext db, IStringLocalizer<KnowledgeResource> k, TimeProvider clock, IStringLocalizer<SharedResource> shared)
{
    public const int ExpiringWithinDays = 30;
    private DateOnly Today => clock.Today();

    public static GrantState StateOf(AccessGrant g, DateOnly today, bool holderLeft = false) =>
        g.RevokedOn is not null ? GrantState.Revoked : holderLeft ? GrantState.HolderLeft
        : g.ExpiresOn < today ? GrantState.Expired : g.StartsOn > today ? GrantState.NotYetValid : GrantState.Active;

    /// <summary>
    /// People who have left as of today: not active in People (whichever path set them departed), or with a recorded
    /// departure whose last day has passed. Their grants stop working at once; the exit workflow records the revocation.
    /// </summary>
    public static async Task<HashSet<int>> LeftAsync(TalentChainDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var inactive = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status != EmployeeStatus.Active && db.Set<AccessGrant>().Any(g => g.EmployeeId == e.Id))
            .Select(e => e.Id).ToListAsync(ct);
        var pastLastDay = await db.Departures.AsNoTracking().Where(d => d.LastDay < today).Select(d => d.EmployeeId).ToListAsync(ct);
        return [.. inactive, .. pastLastDay];
    }

    public async Task<List<DataSetView>> ListAsync(CancellationToken ct = default)
    {
        var today = Today;
        var soon = today.AddDays(ExpiringWithinDays);
        var sets = await db.ControlledDataSets.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
        var left = await LeftAsync(db, today, ct);
        var grants = (await db.AccessGrants.AsNoTracking().Where(g => g.RevokedOn == null && g.StartsOn <= today && g.ExpiresOn >= today)
            .Select(g => new { g.DataSetId, g.EmployeeId, g.ExpiresOn }).ToListAsync(ct)).Where(g => !left.Contains(g.EmployeeId)).ToList();
        return [.. sets.Select(s => new DataSetView(s.Id, s.Code, s.Name, s.NameZh, s.CriticalTechnologyId, s.Sensitivity, s.Description,
            grants.Count(g => g.DataSetId == s.Id), grants.Count(g => g.DataSetId == s.Id && g.ExpiresOn <= soon)))];
    }

    public async Task<DataSetView> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(s => s.Id == id) ?? throw new NotFoundException(k["DataSet.NotFound", id]);

    public async Task<DataSetView> CreateAsync(DataSetInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Code), input.Code), (nameof(input.Name), input.Name));
        var code = PersonCards.Blank(input.Code)?.ToUpperInvariant();
        if (code is null) errors.Add(nameof(input.Code), k["DataSet.CodeRequired"]);
        else if (code.Length > 40) errors.Add(nameof(input.Code), k["Common.TooLong", 40]);
        else if (await db.ControlledDataSets.AnyAsync(s => s.Code == code, ct)) errors.Add(nameof(input.Code), k["DataSet.CodeDuplicate", code]);
        var name = PersonCards.Blank(input.Name);
        if (name is null) errors.Add(nameof(input.Name), k["DataSet.NameRequired"]);
        else if (name.Length > 200) errors.Add(nameof(input.Name), k["Common.TooLong", 200]);
        if (input.CriticalTechnologyId is { } t && !await db.CriticalTechnologies.AnyAsync(x => x.Id == t, ct)) errors.Add(nameof(input.CriticalTechnologyId), k["Register.NotFound", t]);
        if (input.Sensitivity is { } s && !Enum.IsDefined(s)) errors.Add(nameof(input.Sensitivity), k["Register.SensitivityRequired"]);
        errors.ThrowIfAny(k["DataSet.Invalid"]);
        var set = new ControlledDataSet
        {
            Code = code!, Name = name!, NameZh = PersonCards.Blank(input.NameZh), CriticalTechnologyId = input.CriticalTechnologyId,
            Sensitivity = input.Sensitivity ?? SensitivityClass.Controlled, Description = PersonCards.Blank(input.Description), Content = PersonCards.Blank(input.Content),
        };
        db.ControlledDataSets.Add(set);
        await db.SaveChangesAsync(ct);
        return await GetAsync(set.Id, ct);
    }

    public async Task<List<GrantView>> GrantsAsync(int? dataSetId = null, int? employeeId = null, CancellationToken ct = default)
    {
        var today = Today;
        var chinese = UiCulture.IsChinese;
        var q = db.AccessGrants.AsNoTracking();
        if (dataSetId is { } d) q = q.Where(g => g.DataSetId == d);
        if (employeeId is { } e) q = q.Where(g => g.EmployeeId == e);
        var grants = await q.ToListAsync(ct);
        var left = await LeftAsync(db, today, ct);
        var sets = await db.ControlledDataSets.AsNoTracking().Select(s => new { s.Id, s.Code, s.Name, s.NameZh }).ToDictionaryAsync(s => s.Id, ct);
        var cards = await PersonCards.LoadAsync(db, grants.Select(g => g.EmployeeId), ct);
        return [.. grants.Select(g => new GrantView(g.Id, g.DataSetId, sets[g.DataSetId].Code, chinese && !string.IsNullOrEmpty(sets[g.DataSetId].NameZh) ? sets[g.DataSetId].NameZh! : sets[g.DataSetId].Name,
                cards[g.EmployeeId], g.LegalBasis, g.GrantedBy, g.StartsOn, g.ExpiresOn, g.RequiredTraining, g.RevokedOn, g.RevokedReason, StateOf(g, today, left.Contains(g.EmployeeId)), g.ExpiresOn.DayNumber - today.DayNumber))
            .OrderBy(g => g.State).ThenBy(g => g.ExpiresOn).ThenBy(g => g.Person.EmployeeNumber, StringComparer.Ordinal)];
    }

    public async Task<GrantView> GrantAsync(int dataSetId, GrantInput input, CancellationToken ct = default)
    {
        if (!await db.ControlledDataSets.AnyAsync(s => s.Id == dataSetId, ct)) throw new NotFoundException(k["DataSet.NotFound", dataSetId]);
        var errors = new FieldErrors();
        var number = PersonCards.Blank(input.EmployeeNumber);
        int? employeeId = null;
        if (number is null) errors.Add(nameof(input.EmployeeNumber), k["Grant.EmployeeRequired"]);
        else
        {
            var person = await db.EmployeeRefs.AsNoTracking().Where(e => e.EmployeeNumber == number).Select(e => new { e.Id, e.Status }).FirstOrDefaultAsync(ct);
            if (person is null || person.Status != EmployeeStatus.Active) errors.Add(nameof(input.EmployeeNumber), k["Common.NoActiveEmployee", number]);
            else if (await db.Departures.AnyAsync(d => d.EmployeeId == person.Id && d.Status == DepartureStatus.Open, ct))
                errors.Add(nameof(input.EmployeeNumber), k["Grant.Leaving", number]);
            else employeeId = person.Id;
        }
        var basis = PersonCards.Blank(input.LegalBasis);
        if (basis is null) errors.Add(nameof(input.LegalBasis), k["Grant.LegalBasisRequired"]);
        else if (basis.Length > 500) errors.Add(nameof(input.LegalBasis), k["Common.TooLong", 500]);
        if (input.StartsOn is null) errors.Add(nameof(input.StartsOn), k["Grant.StartRequired"]);
        if (input.ExpiresOn is null) errors.Add(nameof(input.ExpiresOn), k["Grant.ExpiryRequired"]);
        else if (input.StartsOn is { } s && input.ExpiresOn < s) errors.Add(nameof(input.ExpiresOn), k["Grant.ExpiryBeforeStart"]);
        var training = PersonCards.Blank(input.RequiredTraining);
        if (training?.Length > 300) errors.Add(nameof(input.RequiredTraining), k["Common.TooLong", 300]);
        errors.ThrowIfAny(k["Grant.Invalid"]);
        var grant = new AccessGrant
        {
            DataSetId = dataSetId, EmployeeId = employeeId!.Value, LegalBasis = basis!, GrantedBy = db.CurrentUser.Name,
            StartsOn = input.StartsOn!.Value, ExpiresOn = input.ExpiresOn!.Value, RequiredTraining = training,
        };
        db.AccessGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return (await GrantsAsync(dataSetId, null, ct)).First(g => g.Id == grant.Id);
    }

    public async Task<GrantView> RevokeAsync(int grantId, string? reason, CancellationToken ct = default)
    {
        var grant = await db.AccessGrants.FirstOrDefaultAsync(g => g.Id == grantId, ct) ?? throw new NotFoundException(k["Grant.NotFound", grantId]);
        var why = PersonCards.Blank(reason);
        if (why is null) throw ValidationFailedException.For(k["Grant.Invalid"], "Reason", k["Grant.RevokeReasonRequired"]);
        if (grant.RevokedOn is null)
        {
            grant.RevokedOn = Today;
            grant.RevokedReason = why.Length > 500 ? why[..500] : why;
            await db.SaveChangesAsync(ct);
        }
        return (await GrantsAsync(grant.DataSetId, null, ct)).First(g => g.Id == grant.Id);
    }

    /// <summary>
    /// Reads a controlled record. Officers and holders of an active grant may read; every read (and every refused
    /// attempt) is logged. Others get 404.
    /// </summary>
    public async Task<ControlledRecord> ReadAsync(int dataSetId, bool officer, int? viewerEmployeeId, CancellationToken ct = default)
    {
        var set = await db.ControlledDataSets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == dataSetId, ct) ?? throw new NotFoundException(k["DataSet.NotFound", dataSetId]);
        var today = Today;
        var granted = viewerEmployeeId is { } v && await db.AccessGrants.AnyAsync(g => g.DataSetId == dataSetId && g.EmployeeId == v && g.RevokedOn == null && g.StartsOn <= today && g.ExpiresOn >= today, ct)
            && !(await LeftAsync(db, today, ct)).Contains(v);
        var allowed = officer || granted;
        db.ControlledReadLogs.Add(new ControlledReadLog
        {
            DataSetId = dataSetId, UserName = db.CurrentUser.Name, EmployeeId = viewerEmployeeId, At = clock.GetUtcNow(),
            What = allowed ? $"read {set.Code}" : $"refused {set.Code}",
        });
        await db.SaveChangesAsync(ct);
        if (!allowed) throw new NotFoundException(k["DataSet.NoAccess"]);
        return new ControlledRecord(await GetAsync(dataSetId, ct), set.Content);
    }

    public async Task<List<ReadLogView>> ReadLogAsync(int? dataSetId, int take = 200, CancellationToken ct = default)
    {
        var q = db.ControlledReadLogs.AsNoTracking();
        if (dataSetId is { } d) q = q.Where(r => r.DataSetId == d);
        var rows = await q.OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        var cards = await PersonCards.LoadAsync(db, rows.Where(r => r.EmployeeId != null).Select(r => r.EmployeeId!.Value), ct);
        return [.. rows.Select(r => new ReadLogView(r.Id, r.At, r.UserName, r.EmployeeId is { } e ? cards.GetValueOrDefault(e)?.Name : null, r.What))];
    }
}

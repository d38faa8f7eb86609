using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Succession;

public sealed record PlanInput(SuccessionKind? Kind, int? CriticalTechnologyId, string? Position, string? OrgUnitCode, string? IncumbentEmployeeNumber, string? Notes);

public sealed record SuccessorInput(string? EmployeeNumber, Readiness? Readiness, string? Notes);

public sealed record ActionInput(string? Text, DateOnly? DueDate, ActionStatus? Status, string? IdpUrl, int? IdpId);

public sealed record ActionView(int Id, string Text, DateOnly? DueDate, ActionStatus Status, int? IdpId, string? IdpUrl, long Version);

/// <param name="Program">The successor's current talent-program participation (their IDP), when they are a participant.</param>
public sealed record SuccessorView(int Id, PersonCard Person, Readiness Readiness, string? Notes, IReadOnlyList<ActionView> Actions, ParticipationInfo? Program = null);

public sealed record PlanView(int Id, SuccessionKind Kind, int? CriticalTechnologyId, string Title, string? Unit, PersonCard? Incumbent, string? Notes, IReadOnlyList<SuccessorView> Successors)
{
    public bool HasReadyNow => Successors.Any(s => s.Readiness == Domain.Readiness.ReadyNow);
}

public sealed record NineBoxCell(int Performance, int Potential, IReadOnlyList<PersonCard> People);

/// <summary>Succession plans for critical roles and critical technologies, and the 9-box talent pool.</summary>
public sealed class SuccessionHandlers(TalentChainDbContext db, IProgramParticipations programs, IStringLocalizer<KnowledgeResource> k, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<PlanView>> ListAsync(CancellationToken ct = default)
    {
        var plans = await db.SuccessionPlans.AsNoTracking().Include(p => p.Successors).ThenInclude(s => s.Actions).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        var techs = await db.CriticalTechnologies.AsNoTracking().Select(t => new { t.Id, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh }).ToDictionaryAsync(t => t.Id, ct);
        var units = await db.OrgUnitRefs.AsNoTracking().Select(u => new { u.Id, u.Name, u.NameZh }).ToDictionaryAsync(u => u.Id, ct);
        var cards = await PersonCards.LoadAsync(db, plans.SelectMany(p => p.Successors.Select(s => s.EmployeeId)).Concat(plans.Where(p => p.IncumbentEmployeeId != null).Select(p => p.IncumbentEmployeeId!.Value)), ct);
        var participations = await programs.CurrentAsync([.. plans.SelectMany(p => p.Successors.Select(s => s.EmployeeId)).Distinct()], ct);
        return [.. plans.Select(p =>
        {
            var title = p.Kind == SuccessionKind.Technology && p.CriticalTechnologyId is { } t && techs.TryGetValue(t, out var tech)
                ? $"{(chinese && !string.IsNullOrEmpty(tech.NameZh) ? tech.NameZh : tech.Name)} ({tech.Code})"
                : p.Position ?? "";
            var unit = p.OrgUnitId is { } u && units.TryGetValue(u, out var un) ? (chinese && !string.IsNullOrEmpty(un.NameZh) ? un.NameZh : un.Name) : null;
            return new PlanView(p.Id, p.Kind, p.CriticalTechnologyId, title, unit, p.IncumbentEmployeeId is { } i ? cards.GetValueOrDefault(i) : null, p.Notes,
                [.. p.Successors.OrderBy(s => s.Readiness).Select(s => new SuccessorView(s.Id, cards[s.EmployeeId], s.Readiness, s.Notes,
                    [.. s.Actions.OrderBy(a => a.DueDate).Select(a => new ActionView(a.Id, a.Text, a.DueDate, a.Status, a.IdpId, a.IdpUrl, a.Version))],
                    participations.GetValueOrDefault(s.EmployeeId)))]);
        }).OrderBy(p => p.Kind).ThenBy(p => p.Title, StringComparer.CurrentCulture)];
    }

    public async Task<PlanView> GetAsync(int id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException(k["Plan.NotFound", id]);

    public async Task<PlanView> CreatePlanAsync(PlanInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Position), input.Position));
        int? unitId = null, incumbentId = null;
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(input.Kind), k["Plan.KindRequired"]);
        else if (kind == SuccessionKind.Technology)
        {
            if (input.CriticalTechnologyId is not { } t || !await db.CriticalTechnologies.AnyAsync(x => x.Id == t, ct))
                errors.Add(nameof(input.CriticalTechnologyId), k["Plan.TechnologyRequired"]);
            else if (await db.SuccessionPlans.AnyAsync(p => p.CriticalTechnologyId == t, ct))
                errors.Add(nameof(input.CriticalTechnologyId), k["Plan.TechnologyDuplicate"]);
        }
        else
        {
            if (PersonCards.Blank(input.Position) is null) errors.Add(nameof(input.Position), k["Plan.PositionRequired"]);
            var code = PersonCards.Blank(input.OrgUnitCode)?.ToUpperInvariant();
            if (code is null) errors.Add(nameof(input.OrgUnitCode), k["Plan.UnitRequired"]);
            else
            {
                unitId = await db.OrgUnitRefs.Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
                if (unitId is null) errors.Add(nameof(input.OrgUnitCode), k["Plan.UnitUnknown", code]);
            }
        }
        if (PersonCards.Blank(input.IncumbentEmployeeNumber) is { } inc)
        {
            incumbentId = await db.EmployeeRefs.Where(e => e.EmployeeNumber == inc && e.Status == EmployeeStatus.Active).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
            if (incumbentId is null) errors.Add(nameof(input.IncumbentEmployeeNumber), k["Common.NoActiveEmployee", inc]);
        }
        if (PersonCards.Blank(input.Position)?.Length > 200) errors.Add(nameof(input.Position), k["Common.TooLong", 200]);
        errors.ThrowIfAny(k["Plan.Invalid"]);
        var plan = new SuccessionPlan
        {
            Kind = input.Kind!.Value,
            CriticalTechnologyId = input.Kind == SuccessionKind.Technology ? input.CriticalTechnologyId : null,
            Position = input.Kind == SuccessionKind.Role ? PersonCards.Blank(input.Position) : null,
            OrgUnitId = unitId,
            IncumbentEmployeeId = incumbentId,
            Notes = PersonCards.Blank(input.Notes),
        };
        db.SuccessionPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await GetAsync(plan.Id, ct);
    }

    /// <summary>Names a successor: an active person who is neither the incumbent/holder themself nor leaving.</summary>
    public async Task<PlanView> AddSuccessorAsync(int planId, SuccessorInput input, CancellationToken ct = default)
    {
        var plan = await db.SuccessionPlans.Include(p => p.Successors).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(k["Plan.NotFound", planId]);
        var errors = new FieldErrors();
        var number = PersonCards.Blank(input.EmployeeNumber);
        if (number is null) errors.Add(nameof(input.EmployeeNumber), k["Successor.EmployeeRequired"]);
        else
        {
            var person = await db.EmployeeRefs.AsNoTracking().Where(e => e.EmployeeNumber == number).Select(e => new { e.Id, e.Status }).FirstOrDefaultAsync(ct);
            if (person is null) errors.Add(nameof(input.EmployeeNumber), k["Common.NoActiveEmployee", number]);
            else if (person.Status == EmployeeStatus.Departed) errors.Add(nameof(input.EmployeeNumber), k["Successor.Departed", number]);
            else if (await db.Departures.AnyAsync(d => d.EmployeeId == person.Id && d.Status == DepartureStatus.Open, ct))
                errors.Add(nameof(input.EmployeeNumber), k["Successor.Leaving", number]);
            else if (person.Id == plan.IncumbentEmployeeId) errors.Add(nameof(input.EmployeeNumber), k["Successor.IsIncumbent"]);
            else if (plan.Successors.Any(s => s.EmployeeId == person.Id)) errors.Add(nameof(input.EmployeeNumber), k["Successor.Duplicate", number]);
            else plan.Successors.Add(new Successor { EmployeeId = person.Id, Readiness = input.Readiness ?? Readiness.ThreePlusYears, Notes = PersonCards.Blank(input.Notes) });
        }
        if (input.Readiness is null || !Enum.IsDefined(input.Readiness.Value)) errors.Add(nameof(input.Readiness), k["Successor.ReadinessRequired"]);
        errors.ThrowIfAny(k["Successor.Invalid"]);
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    public async Task<PlanView> AddActionAsync(int planId, int successorId, ActionInput input, CancellationToken ct = default)
    {
        var successor = await db.Successors.FirstOrDefaultAsync(s => s.Id == successorId && s.SuccessionPlanId == planId, ct) ?? throw new NotFoundException(k["Successor.NotFound", successorId]);
        var errors = new FieldErrors();
        var text = PersonCards.Blank(input.Text);
        if (text is null) errors.Add(nameof(input.Text), k["Action.TextRequired"]);
        else if (text.Length > 1000) errors.Add(nameof(input.Text), k["Common.TooLong", 1000]);
        var url = PersonCards.Blank(input.IdpUrl);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https") && !url.StartsWith('/'))
            errors.Add(nameof(input.IdpUrl), k["Action.UrlInvalid"]);
        if (input.Status is { } st && !Enum.IsDefined(st)) errors.Add(nameof(input.Status), k["Action.StatusInvalid"]);
        errors.ThrowIfAny(k["Action.Invalid"]);
        var idpId = input.IdpId;
        if (url is null && idpId is null && await programs.CurrentAsync(successor.EmployeeId, ct) is { } participation)
        {
            // A program participant's development action belongs in their IDP: link it there.
            url = participation.PlanUrl;
            idpId = participation.ParticipantId;
        }
        successor.Actions.Add(new DevelopmentAction { Text = text!, DueDate = input.DueDate, Status = input.Status ?? ActionStatus.Planned, IdpUrl = url, IdpId = idpId });
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    public async Task<PlanView> SetActionStatusAsync(int planId, int actionId, ActionStatus status, CancellationToken ct = default)
    {
        var action = await db.DevelopmentActions.FirstOrDefaultAsync(a => a.Id == actionId && db.Set<Successor>().Any(s => s.Id == a.SuccessorId && s.SuccessionPlanId == planId), ct)
            ?? throw new NotFoundException(k["Action.NotFound", actionId]);
        if (!Enum.IsDefined(status)) throw ValidationFailedException.For(k["Action.Invalid"], "Status", k["Action.StatusInvalid"]);
        action.Status = status;
        await db.SaveChangesAsync(ct);
        return await GetAsync(planId, ct);
    }

    /// <summary>The talent pool: everyone with a current performance and potential rating, in the 3 × 3 grid (scoped).</summary>
    public async Task<List<NineBoxCell>> NineBoxAsync(KnowledgeScope scope, CancellationToken ct = default)
    {
        var latest = await db.PersonAssessments.AsNoTracking()
            .Where(a => a.Id == db.Set<PersonAssessment>().Where(b => b.EmployeeId == a.EmployeeId).Max(b => b.Id) && a.Performance != null && a.Potential != null)
            .Select(a => new { a.EmployeeId, a.Performance, a.Potential }).ToListAsync(ct);
        latest = [.. latest.Where(a => scope.MaySeeRisk(a.EmployeeId))];
        var cards = await PersonCards.LoadAsync(db, latest.Select(a => a.EmployeeId), ct);
        var cells = new List<NineBoxCell>();
        for (var potential = 3; potential >= 1; potential--)
            for (var performance = 1; performance <= 3; performance++)
                cells.Add(new NineBoxCell(performance, potential, [.. latest.Where(a => a.Performance == performance && a.Potential == potential && cards.ContainsKey(a.EmployeeId) && cards[a.EmployeeId].Status == EmployeeStatus.Active)
                    .Select(a => cards[a.EmployeeId]).OrderBy(c => c.Name, StringComparer.CurrentCulture)]));
        return cells;
    }
}

using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Interchange;

/// <summary>A round in the interchange format: export the instance and the proposal, import either (checked; nothing changes on a problem).</summary>
/// <remarks>Exports: the round's managers, and executives read; imports: its managers only (403 for anyone else).</remarks>
public sealed class InterchangeHandler(TalentChainDbContext db, TimeProvider clock, RoundLoader rounds, MentoringAccess access, IStringLocalizer<MentoringResource> t)
{
    public async Task<string> ExportInstanceAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, roundId, ct);
        return MentoringJson.WriteInstance((await rounds.ContextAsync(roundId, null, ct)).Instance());
    }

    public async Task<string?> ExportResultAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, roundId, ct);
        return (await rounds.RoundAsync(roundId, ct, mustBeOpen: false)).ProposalJson;
    }

    /// <summary>
    /// An instance file replaces the round's candidate triples and the volunteers' capacities. Mentors must be volunteers,
    /// participants must be in the round (employee numbers); any problem names the entry and nothing changes.
    /// </summary>
    public async Task ImportInstanceAsync(ClaimsPrincipal user, int roundId, Stream file, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var json = await ReadAllAsync(file, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var instance = ReadFile(json, MentoringJson.ReadInstance, "file");
        var ctx = await rounds.ContextAsync(roundId, round, ct);
        var participants = ctx.Participants.Select(p => p.Person.Number).ToHashSet(StringComparer.Ordinal);
        var volunteers = ctx.Volunteers.ToDictionary(v => v.Person.Number, StringComparer.Ordinal);
        for (var i = 0; i < instance.Mentors.Count; i++)
            if (!volunteers.ContainsKey(instance.Mentors[i].Id)) throw Invalid("file", $"mentors[{i}].id", t["Import.NotVolunteer", instance.Mentors[i].Id]);
        for (var i = 0; i < instance.Candidates.Count; i++)
            if (!participants.Contains(instance.Candidates[i].Participant)) throw Invalid("file", $"candidates[{i}].participant", t["Import.NotParticipant", instance.Candidates[i].Participant]);
        foreach (var m in instance.Mentors)
        {
            var v = round.Volunteers.First(x => x.EmployeeId == volunteers[m.Id].Person.EmployeeId);
            (v.Technical, v.Career, v.Peer, v.Total) = (m.Capacity.Technical, m.Capacity.Career, m.Capacity.Peer, m.TotalCapacity);
        }
        round.UseInstance(MentoringJson.WriteInstance(instance));
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }

    public async Task ClearImportedInstanceAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        round.UseInstance(null);
        rounds.Touch(round);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A result file becomes the proposal when it is feasible for the round's instance (pins included); otherwise nothing changes.</summary>
    public async Task ImportResultAsync(ClaimsPrincipal user, int roundId, Stream file, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var json = await ReadAllAsync(file, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        var result = ReadFile(json, MentoringJson.ReadResult, "file");
        var ctx = await rounds.ContextAsync(roundId, round, ct);
        var instance = ctx.Instance();
        if (MentoringValidation.CheckResult(instance, result) is [var first, ..]) throw Invalid("file", first.Location, first.Problem);
        foreach (var pin in ctx.Pins())
            if (!result.Assignments.Contains(pin)) throw Invalid("file", "assignments", t["Import.PinMissing", pin.Participant, pin.Mentor, MentoringJson.RoleName(pin.Role)]);
        round.Propose(MentoringJson.WriteResult(result), clock.GetUtcNow(), "import");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The uploaded file (the request body, or a form's file), read only once the caller may import.</summary>
    private static async Task<string> ReadAllAsync(Stream file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await reader.ReadToEndAsync(ct);
    }

    private T ReadFile<T>(string json, Func<string, T> read, string field)
    {
        if (string.IsNullOrWhiteSpace(json)) throw ValidationFailedException.For(t["Import.Invalid"], field, t["Import.Empty"]);
        try
        {
            return read(json);
        }
        catch (InstanceFormatException ex)
        {
            // The codec names the entry (or the line and position of broken JSON) and what is wrong with it.
            throw Invalid(field, ex.Location, ex.Problem);
        }
    }

    private ValidationFailedException Invalid(string field, string location, string problem) =>
        ValidationFailedException.For(t["Import.Invalid"], field, string.IsNullOrEmpty(location) ? problem : $"{location}: {problem}");
}

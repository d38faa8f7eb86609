using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// The deadline owner/done form on the patent family page and its API: the office hands a deadline on and marks it done;
/// the deadline's owner marks it done but cannot hand it on; another inventor who owns nothing is refused (403);
/// a done date in the future or an empty change is refused.
/// </summary>
public abstract class IpDeadlineFormTests(CommercializationFactory app)
{
    private const string Api = CommercializationDriver.Api;
    private readonly CommercializationDriver _d = new(app);

    [Fact]
    public async Task DeadlineForm_OwnerMarksDoneAndOfficeHandsOn_OthersRefusedThroughApiAndPage()
    {
        var owner = await _d.AccountAsync("participant");
        var other = await _d.AccountAsync("mentor");
        var d = await _d.CreateAsync("participant", CommercializationDriver.Input("Sintered magnet coating line", [(owner.Number, 70m), (other.Number, 30m)], app.Today.AddYears(-2)));
        await _d.SubmitAsync("participant", d.Id);
        var tto = await _d.As("tto");
        var family = await ApiAssert.JsonAsync<FamilyView>(await tto.PostAsJsonAsync($"{Api}/ip/families", new FamilyInput(d.Id, null, owner.Number), ApiJson.Options), HttpStatusCode.Created);
        var filed = await ApiAssert.JsonAsync<FamilyView>(await tto.PostAsJsonAsync($"{Api}/ip/families/{family.Id}/filings",
            new FilingInput(PatentOffice.Cnipa, FilingKind.Invention, null, "CN2025100002.2", app.Today.AddYears(-1), null, FilingStatus.Filed, null, null), ApiJson.Options), HttpStatusCode.OK);
        var open = filed.Deadlines.Where(x => x.State != IpDeadlines.State.NotApplicable && x.DoneOn is null).OrderBy(x => x.DueOn).ToList();
        Assert.True(open.Count >= 2);
        Assert.All(open, x => Assert.Equal(owner.Id, x.OwnerEmployeeId));
        var url = (int id) => $"{Api}/ip/families/{family.Id}/deadlines/{id}";

        // The owner may not hand it on, nor mark it done in the future, nor send nothing.
        var mine = await _d.As("participant");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await mine.PutAsJsonAsync(url(open[0].Id), new DeadlineInput(other.Number, null), ApiJson.Options), "OwnerNumber"),
            m => m.Contains("hand a deadline", StringComparison.Ordinal));
        await ApiAssert.FieldErrorsAsync(await mine.PutAsJsonAsync(url(open[0].Id), new DeadlineInput(null, app.Today.AddDays(1)), ApiJson.Options), "DoneOn");
        await ApiAssert.FieldErrorsAsync(await mine.PutAsJsonAsync(url(open[0].Id), new DeadlineInput(null, null), ApiJson.Options), "DoneOn");
        // Another inventor who does not own it: 403; someone with no part: 404.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _d.As("mentor")).PutAsJsonAsync(url(open[0].Id), new DeadlineInput(null, app.Today), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _d.As("pm")).PutAsJsonAsync(url(open[0].Id), new DeadlineInput(null, app.Today), ApiJson.Options)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.IpDeadlines.Where(x => x.Id == open[0].Id).Select(x => x.DoneOn).FirstAsync()));

        // The owner marks it done.
        var done = await ApiAssert.JsonAsync<FamilyView>(await mine.PutAsJsonAsync(url(open[0].Id), new DeadlineInput(null, app.Today), ApiJson.Options), HttpStatusCode.OK);
        Assert.Equal(app.Today, done.Deadlines.Single(x => x.Id == open[0].Id).DoneOn);

        // The office hands the next one to the other inventor through the page form, who then marks it done through the page.
        var office = await app.SignInAsync("tto");
        var page = $"/commercialization/ip/families/{family.Id}";
        Assert.NotNull((await office.GetHtmlAsync(page)).QuerySelector("#deadline-form input[name=ownerNumber]"));
        var handed = await office.PostFormAsync($"{page}?handler=Deadline", new() { ["deadlineId"] = open[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ownerNumber"] = other.Number });
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode); // back to the page with the message
        Assert.Equal(other.Id, await app.WithDbAsync(db => db.IpDeadlines.Where(x => x.Id == open[1].Id).Select(x => x.OwnerEmployeeId).FirstAsync()));

        var mentor = await app.SignInAsync("mentor");
        var form = (await mentor.GetHtmlAsync(page)).QuerySelector("#deadline-form");
        Assert.NotNull(form);
        Assert.Null(form!.QuerySelector("input[name=ownerNumber]"));
        Assert.Single(form.QuerySelectorAll("select[name=deadlineId] option"));
        var marked = await mentor.PostFormAsync($"{page}?handler=Deadline", new() { ["deadlineId"] = open[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["doneOn"] = CommercializationDriver.Iso(app.Today) });
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(app.Today, await app.WithDbAsync(db => db.IpDeadlines.Where(x => x.Id == open[1].Id).Select(x => x.DoneOn).FirstAsync()));
    }
}

public sealed class IpDeadlineFormTestsSqlite(CommercializationFactory app) : IpDeadlineFormTests(app), IClassFixture<CommercializationFactory>;

public sealed class IpDeadlineFormTestsPostgres(CommercializationPostgresFactory app) : IpDeadlineFormTests(app), IClassFixture<CommercializationPostgresFactory>;

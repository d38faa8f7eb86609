using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People;

public abstract class EmploymentTimelineTests(TalentChainFactory app)
{
    [Fact]
    public async Task Timeline_UnitGradeTitleAndStatusChanged_AddsOneEventEach()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var e = await db.Employees.Include(x => x.OrgUnit).OrderBy(x => x.Id).FirstAsync(x => x.Status == EmployeeStatus.Active && x.Grade < 20 && x.Title == ProfessionalTitle.Engineer);
        var otherUnit = await db.OrgUnits.FirstAsync(u => u.Id != e.OrgUnitId && u.Code == "RDI-SEP");
        var before = await db.EmploymentEvents.CountAsync(x => x.EmployeeId == e.Id);
        var oldUnit = e.OrgUnit!.Code;

        e.OrgUnitId = otherUnit.Id;
        e.Grade += 1;
        e.Title = ProfessionalTitle.SeniorEngineer;
        await db.SaveChangesAsync();
        e.Status = EmployeeStatus.Departed;
        e.DepartureDate = new DateOnly(2026, 10, 31);
        await db.SaveChangesAsync();

        var events = await db.EmploymentEvents.Where(x => x.EmployeeId == e.Id).OrderBy(x => x.Id).Skip(before).ToListAsync();
        Assert.Equal([EmploymentEventKind.Transferred, EmploymentEventKind.Promoted, EmploymentEventKind.TitleChanged, EmploymentEventKind.Departed], events.Select(x => x.Kind));
        Assert.Equal((oldUnit, "RDI-SEP"), (events[0].FromValue, events[0].ToValue));
        Assert.Equal(("Engineer", "SeniorEngineer"), (events[2].FromValue, events[2].ToValue));
        Assert.Equal(new DateOnly(2026, 10, 31), events[3].EffectiveDate);
    }

    [Fact]
    public async Task NewEmployee_GetsAHiredEventOnTheHireDate_AndStaleEditIsRefused()
    {
        int id;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
            var unit = await db.OrgUnits.FirstAsync(u => u.Code == "MAG-GBD");
            var e = new Employee
            {
                EmployeeNumber = "T" + Guid.NewGuid().ToString("N")[..8], FamilyName = "Liao", GivenName = "Chunsheng", ChineseName = "廖春生",
                OrgUnitId = unit.Id, Position = "Process engineer", HireDate = new DateOnly(2024, 7, 1), Track = CareerTrack.Technical,
                Title = ProfessionalTitle.Engineer, Grade = 9,
            };
            db.Employees.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
            var hired = await db.EmploymentEvents.SingleAsync(x => x.EmployeeId == id);
            Assert.Equal((EmploymentEventKind.Hired, new DateOnly(2024, 7, 1), "MAG-GBD · Process engineer"), (hired.Kind, hired.EffectiveDate, hired.ToValue));
            Assert.Contains("廖春生", e.SearchText);
        }

        // Two editors load the same version; the second save must not overwrite the first.
        using var scopeA = app.Services.CreateScope();
        using var scopeB = app.Services.CreateScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var a = await dbA.Employees.SingleAsync(x => x.Id == id);
        var b = await dbB.Employees.SingleAsync(x => x.Id == id);
        a.Position = "Senior process engineer";
        await dbA.SaveChangesAsync();
        b.Position = "Line supervisor";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        Assert.Equal("Senior process engineer", await app.WithDbAsync(db => db.Employees.Where(x => x.Id == id).Select(x => x.Position).SingleAsync()));
    }
}

public class EmploymentTimelineTestsSqlite(TalentChainFactory app) : EmploymentTimelineTests(app), IClassFixture<TalentChainFactory>;

public class EmploymentTimelineTestsPostgres(PostgresFactory app) : EmploymentTimelineTests(app), IClassFixture<PostgresFactory>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class AuditTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task Update_IsRecordedWithBeforeAndAfter_AndTheChainVerifies()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var employee = await db.Employees.OrderBy(e => e.Id).FirstAsync(e => e.Grade < 20);
        var before = employee.Grade;
        employee.Grade = before + 1;
        await db.SaveChangesAsync();

        var row = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Entity == "Employee" && a.EntityKey == employee.Id.ToString());
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Contains($"\"Grade\":[\"{before}\",\"{before + 1}\"]", row.Changes);
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }

    [Fact]
    public async Task Verify_AfterARowIsAlteredInTheDatabase_ReportsThatRow()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var unit = await db.OrgUnits.OrderBy(u => u.Id).FirstAsync();
        unit.Site = "Tampering test " + Guid.NewGuid();
        await db.SaveChangesAsync();
        var victim = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Entity == "OrgUnit");

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else' WHERE \"Id\" = {0}", victim.Id);
        var result = await AuditVerifier.VerifyAsync(db);
        Assert.False(result.Intact);
        Assert.Equal(victim.Id, result.BrokenAtId);

        // Put it back so the other tests in this class see an intact chain.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = {0} WHERE \"Id\" = {1}", victim.UserName, victim.Id);
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }
}

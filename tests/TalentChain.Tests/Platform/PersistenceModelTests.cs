using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>The persistence conventions of ADR 0041: secrets marked in the model, enums stored by name, the sync save path.</summary>
public sealed class PersistenceModelTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public void SecretColumns_InTheModel_AreTheColumnsTheAuditLogMaskedByName()
    {
        // Until ADR 0041 the audit log recognised secrets by these property names; the annotation masks the same columns.
        string[] maskedByName = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash", "Value"];
        var properties = app.WithDb(db => db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Select(p => (Column: $"{p.DeclaringType.ClrType.Name}.{p.Name}", p.Name, Secret: p.IsSecret())).ToList());

        Assert.Contains(properties, p => p.Secret);
        Assert.All(properties, p => Assert.True(p.Secret == maskedByName.Contains(p.Name), p.Column));
    }

    [Fact]
    public void EnumProperties_InEveryModule_AreStoredAsText()
    {
        var enums = app.WithDb(db => db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum)
            .Select(p => (Column: $"{p.DeclaringType.ClrType.Name}.{p.Name}", Provider: p.GetTypeMapping().Converter?.ProviderClrType, p.IsNullable)).ToList());

        Assert.Contains(enums, p => p.Column == "Employee.Title");
        Assert.Contains(enums, p => p.IsNullable);
        Assert.All(enums, p => Assert.True(p.Provider == typeof(string), p.Column));
    }

    [Fact]
    public async Task SaveChanges_Synchronous_WritesTheAuditRowInTheSameWay()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var employee = await db.Employees.OrderBy(e => e.Id).FirstAsync(e => e.Grade < 20);
        var before = employee.Grade;
        employee.Grade = before + 1;
        var version = employee.Version;

        db.SaveChanges();

        Assert.Equal(version + 1, employee.Version);
        var row = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Entity == "Employee" && a.EntityKey == employee.Id.ToString());
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Contains($"\"Grade\":[\"{before}\",\"{before + 1}\"]", row.Changes);
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }
}

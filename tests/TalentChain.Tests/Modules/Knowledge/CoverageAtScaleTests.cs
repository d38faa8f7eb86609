using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using Xunit.Abstractions;
using static TalentChain.Modules.Knowledge.Features.KnowledgeEndpoints;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>
/// The coverage index at 100,000 employees on PostgreSQL (issue 12 §2): every technology shows its real holder count
/// and the snapshot is stored. The enterprise is the 150-person demo copied in SQL (employees and their skill records)
/// up to 100,000 people, which takes seconds where the seeder takes minutes.
/// </summary>
public sealed class CoverageAtScaleTests(ITestOutputHelper output)
{
    private const int Employees = 100_000;

    private sealed record TechnologyHolders(string Code, int Holders);

    [Fact]
    public async Task CoverageIndex_At100000Employees_ShowsEveryTechnologysRealHolderCountAndIsStored()
    {
        using var app = new KnowledgePostgresFactory();
        var watch = Stopwatch.StartNew();
        Assert.True(await app.WithDbAsync(db => db.Employees.CountAsync()) < Employees);
        output.WriteLine($"app with the demo: {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        await app.WithDbAsync(async db =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            // Employees: copies of the demo people in turn (same unit, title, dates, status), numbered BULK-<n>-<template id>.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Employees" ("EmployeeNumber", "FamilyName", "GivenName", "ChineseName", "Email", "OrgUnitId", "Position",
                    "ManagerId", "HireDate", "BirthDate", "Track", "Title", "Grade", "Education", "Status", "DepartureDate", "SearchText", "Version")
                SELECT 'BULK-' || g || '-' || t."Id", t."FamilyName", t."GivenName", t."ChineseName", NULL, t."OrgUnitId", t."Position",
                    t."ManagerId", t."HireDate", t."BirthDate", t."Track", t."Title", t."Grade", t."Education", t."Status", t."DepartureDate", t."SearchText", 0
                FROM (SELECT e.*, row_number() OVER (ORDER BY e."Id") - 1 AS rn, count(*) OVER () AS cnt FROM "Employees" e) t
                JOIN generate_series(0, {0} - (SELECT count(*) FROM "Employees")::int - 1) g ON t.rn = g % t.cnt
                """, Employees);
            output.WriteLine($"employees: {watch.Elapsed.TotalSeconds:0.0} s");
            // Statistics for 100,000 rows, not 150: otherwise the planner joins the records below row by row.
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Employees", "SkillRecords" """);
            // Their skill records: the template's, record for record, in the critical technologies' subtrees (the only
            // records the index reads; the rest would only make the load slower).
            await db.Database.ExecuteSqlRawAsync("""
                WITH RECURSIVE subtree AS (
                    SELECT "TaxonomyNodeId" AS "Node" FROM "CriticalTechnologies"
                    UNION
                    SELECT n."Id" FROM "TaxonomyNodes" n JOIN subtree s ON n."ParentId" = s."Node")
                INSERT INTO "SkillRecords" ("EmployeeId", "TaxonomyNodeId", "Level", "AssessedOn", "Version")
                SELECT e."Id", s."TaxonomyNodeId", s."Level", s."AssessedOn", 0
                FROM "Employees" e JOIN "SkillRecords" s ON s."EmployeeId" = split_part(e."EmployeeNumber", '-', 3)::int
                WHERE e."EmployeeNumber" LIKE 'BULK-%' AND s."TaxonomyNodeId" IN (SELECT "Node" FROM subtree)
                """);
            output.WriteLine($"skills: {watch.Elapsed.TotalSeconds:0.0} s");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "CoverageStates" SET "Stale" = TRUE, "Generation" = "Generation" + 1""");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            return 0;
        });
        Assert.Equal(Employees, await app.WithDbAsync(db => db.Employees.CountAsync()));
        output.WriteLine($"bulk load: {watch.Elapsed.TotalSeconds:0.0} s, {await app.WithDbAsync(db => db.SkillRecords.CountAsync())} skill records");

        // The rule of ADR 0012, in SQL: an active employee with a record at the required level or above anywhere in the
        // technology's subtree holds it.
        var expected = await app.WithDbAsync(db => db.Database.SqlQueryRaw<TechnologyHolders>("""
            WITH RECURSIVE subtree AS (
                SELECT c."Id" AS "Tech", c."TaxonomyNodeId" AS "Node" FROM "CriticalTechnologies" c
                UNION
                SELECT s."Tech", n."Id" FROM "TaxonomyNodes" n JOIN subtree s ON n."ParentId" = s."Node")
            SELECT n."Code" AS "Code", (SELECT count(DISTINCT r."EmployeeId")::int FROM subtree st
                    JOIN "SkillRecords" r ON r."TaxonomyNodeId" = st."Node" AND r."Level" >= c."RequiredLevel"
                    JOIN "Employees" e ON e."Id" = r."EmployeeId" AND e."Status" = 'Active'
                    WHERE st."Tech" = c."Id") AS "Holders"
            FROM "CriticalTechnologies" c JOIN "TaxonomyNodes" n ON n."Id" = c."TaxonomyNodeId"
            """).ToDictionaryAsync(t => t.Code, t => t.Holders));
        Assert.NotEmpty(expected);
        // Far more holders than a packed 8000-character column could list (about 16 characters each).
        Assert.True(expected.Values.Max() > 1000, $"largest technology has {expected.Values.Max()} holders");

        watch.Restart();
        var exec = await app.SignInAsync("exec");
        var coverage = await exec.GetJsonAsync<CoverageApi>("/api/v1/knowledge/coverage");
        output.WriteLine($"recompute and read: {watch.Elapsed.TotalSeconds:0.0} s; holders per technology: {string.Join(", ", expected.Select(e => $"{e.Key} {e.Value}"))}");

        var shown = coverage.Technologies.ToDictionary(t => t.Code, t => t.Holders);
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
        // A technology with many holders at full weight is not flagged for want of holders.
        Assert.Contains(coverage.Technologies, t => t.Holders > 1000 && !t.Flagged);

        // The snapshot is stored: the next read finds it current and does not recompute.
        Assert.False(await app.WithDbAsync(db => db.Database.SqlQueryRaw<bool>("""SELECT "Stale" AS "Value" FROM "CoverageStates" """).FirstAsync()));
        Assert.Equal(expected.Count, await app.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "CoverageSnapshots" """).FirstAsync()));
        var again = await exec.GetJsonAsync<CoverageApi>("/api/v1/knowledge/coverage");
        Assert.Equal(coverage.ComputedAt, again.ComputedAt);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.Directory;

/// <summary>What the tests read back from the employees API.</summary>
public sealed record RowDto(int Id, string EmployeeNumber, string FamilyName, string GivenName, string? ChineseName, int OrgUnitId, string OrgUnitCode,
    string Segment, string Track, string Title, int? Grade, string Status, DateOnly HireDate, int? SkillLevel);

public sealed record PageDto(List<RowDto> Items, int Total, int Page, int PageSize, int PageCount);

public sealed record PersonDto(int Id, string EmployeeNumber, string FamilyName, string GivenName, string? ChineseName, string Position, int OrgUnitId,
    int? Grade, DateOnly? BirthDate, long Version, bool RestrictedVisible, string Status, string Title);

public sealed record EventDto(long Id, DateOnly EffectiveDate, string Kind, string? FromValue, string? ToValue);

public static class DirectoryTestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<PageDto> ListAsync(this HttpClient api, string query)
    {
        var response = await api.GetAsync("/api/v1/employees" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<PageDto>(body, Json)!;
    }

    /// <summary>An active person with a Chinese name who is no one's manager (so edits do not disturb other tests).</summary>
    public static Employee ActiveChinesePerson(TalentChainFactory app, int skip = 0) => app.WithDb(db =>
        db.Employees.AsNoTracking()
            .Where(e => e.Status == EmployeeStatus.Active && e.ChineseName != null && e.ManagerId != null && !db.Set<Employee>().Any(r => r.ManagerId == e.Id))
            .OrderBy(e => e.Id).Skip(skip).First());

    public static int DemoUserEmployee(TalentChainFactory app, string login) => app.WithDb(db =>
        db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId).First()!.Value);
}

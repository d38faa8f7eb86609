using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.EditEmployee;

/// <summary>
/// The editable fields of an employee (form and API body). Everything is nullable so that a missing value is
/// reported as a field error, not as an unreadable request. <see cref="Version"/> is required for updates.
/// </summary>
public sealed record EmployeeInput
{
    public string? EmployeeNumber { get; set; }
    public string? FamilyName { get; set; }
    public string? GivenName { get; set; }
    public string? ChineseName { get; set; }
    public string? Email { get; set; }
    public int? OrgUnitId { get; set; }
    public string? Position { get; set; }
    public int? ManagerId { get; set; }
    public DateOnly? HireDate { get; set; }
    public DateOnly? BirthDate { get; set; }
    public CareerTrack? Track { get; set; }
    public ProfessionalTitle? Title { get; set; }
    public EducationLevel? Education { get; set; }
    public int? Grade { get; set; }
    public EmployeeStatus? Status { get; set; }
    public DateOnly? DepartureDate { get; set; }
    /// <summary>The version the edit started from; a stale version is refused (409), nothing is overwritten.</summary>
    public long? Version { get; set; }

    public static EmployeeInput From(Employee e) => new()
    {
        EmployeeNumber = e.EmployeeNumber, FamilyName = e.FamilyName, GivenName = e.GivenName, ChineseName = e.ChineseName, Email = e.Email,
        OrgUnitId = e.OrgUnitId, Position = e.Position, ManagerId = e.ManagerId, HireDate = e.HireDate, BirthDate = e.BirthDate,
        Track = e.Track, Title = e.Title, Education = e.Education, Grade = e.Grade, Status = e.Status, DepartureDate = e.DepartureDate, Version = e.Version,
    };
}

public sealed record SavedEmployee(int Id, long Version);

/// <summary>
/// Creates and updates employees (People.Manage). Validates everything first and writes nothing when anything is
/// wrong; the timeline events for changed fields are added by <see cref="EmploymentTimelineHook"/>.
/// </summary>
public sealed class SaveEmployeeHandler(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<PeopleResource> P, IStringLocalizer<SharedResource> shared)
{
    public async Task<SavedEmployee> CreateAsync(EmployeeInput input, CancellationToken ct = default)
    {
        await ValidateAsync(null, input, ct);
        var e = new Employee
        {
            EmployeeNumber = "", FamilyName = "", GivenName = "", Position = "",
        };
        Apply(e, input);
        db.Employees.Add(e);
        await db.SaveChangesAsync(ct);
        return new SavedEmployee(e.Id, e.Version);
    }

    public async Task<SavedEmployee> UpdateAsync(int id, EmployeeInput input, CancellationToken ct = default)
    {
        var e = await db.Employees.FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(P["Profile.NotFound", id]);
        await ValidateAsync(id, input, ct);
        if (input.Version != e.Version) throw new DbUpdateConcurrencyException(P["Edit.Stale"]);
        // The UPDATE checks the version too, so a save racing this one cannot be overwritten either.
        db.Entry(e).Property(x => x.Version).OriginalValue = input.Version ?? e.Version;
        Apply(e, input);
        await db.SaveChangesAsync(ct);
        return new SavedEmployee(e.Id, e.Version);
    }

    private static void Apply(Employee e, EmployeeInput input)
    {
        e.EmployeeNumber = input.EmployeeNumber!.Trim();
        e.FamilyName = input.FamilyName!.Trim();
        e.GivenName = input.GivenName!.Trim();
        e.ChineseName = Blank(input.ChineseName);
        e.Email = Blank(input.Email);
        e.OrgUnitId = input.OrgUnitId!.Value;
        e.Position = input.Position!.Trim();
        e.ManagerId = input.ManagerId;
        e.HireDate = input.HireDate!.Value;
        e.BirthDate = input.BirthDate;
        e.Track = input.Track!.Value;
        e.Title = input.Title ?? ProfessionalTitle.None;
        e.Education = input.Education ?? EducationLevel.Unknown;
        e.Grade = input.Grade!.Value;
        e.Status = input.Status ?? EmployeeStatus.Active;
        // A rehired person has no departure date any more.
        e.DepartureDate = e.Status == EmployeeStatus.Departed ? input.DepartureDate : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task ValidateAsync(int? id, EmployeeInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.EmployeeNumber), input.EmployeeNumber), (nameof(input.FamilyName), input.FamilyName), (nameof(input.GivenName), input.GivenName), (nameof(input.ChineseName), input.ChineseName), (nameof(input.Email), input.Email), (nameof(input.Position), input.Position));
        var today = clock.Today();

        void Text(string field, string? value, int max, bool required)
        {
            if (string.IsNullOrWhiteSpace(value)) { if (required) errors.Add(field, P["Edit.Required"]); }
            else if (value.Trim().Length > max) errors.Add(field, P["Edit.TooLong", max]);
        }
        Text(nameof(input.EmployeeNumber), input.EmployeeNumber, 40, true);
        Text(nameof(input.FamilyName), input.FamilyName, 100, true);
        Text(nameof(input.GivenName), input.GivenName, 100, true);
        Text(nameof(input.ChineseName), input.ChineseName, 50, false);
        Text(nameof(input.Email), input.Email, 200, false);
        Text(nameof(input.Position), input.Position, 200, true);

        if (!string.IsNullOrWhiteSpace(input.Email) && !IsEmail(input.Email.Trim())) errors.Add(nameof(input.Email), P["Edit.EmailInvalid"]);

        if (!string.IsNullOrWhiteSpace(input.EmployeeNumber))
        {
            var number = input.EmployeeNumber.Trim();
            if (await db.Employees.AnyAsync(x => x.EmployeeNumber == number && x.Id != (id ?? 0), ct))
                errors.Add(nameof(input.EmployeeNumber), P["Edit.NumberTaken", number]);
        }

        if (input.OrgUnitId is not { } unit) errors.Add(nameof(input.OrgUnitId), P["Edit.Required"]);
        else if (!await db.OrgUnits.AnyAsync(u => u.Id == unit, ct)) errors.Add(nameof(input.OrgUnitId), P["Edit.UnitUnknown"]);

        if (input.ManagerId is { } manager)
        {
            if (manager == id) errors.Add(nameof(input.ManagerId), P["Edit.ManagerSelf"]);
            else if (!await db.Employees.AnyAsync(x => x.Id == manager, ct)) errors.Add(nameof(input.ManagerId), P["Edit.ManagerUnknown", manager]);
            else if (id is { } self && await ReportsToAsync(manager, self, ct)) errors.Add(nameof(input.ManagerId), P["Edit.ManagerCycle"]);
        }

        if (input.HireDate is not { } hire) errors.Add(nameof(input.HireDate), P["Edit.Required"]);
        else if (hire > today) errors.Add(nameof(input.HireDate), P["Edit.HireDateFuture"]);

        if (input.BirthDate is { } birth && input.HireDate is { } h && birth >= h) errors.Add(nameof(input.BirthDate), P["Edit.BirthDateInvalid"]);

        if (input.Track is not { } track) errors.Add(nameof(input.Track), P["Edit.Required"]);
        else if (!Enum.IsDefined(track)) errors.Add(nameof(input.Track), P["Edit.InvalidValue"]);
        if (input.Title is { } title && !Enum.IsDefined(title)) errors.Add(nameof(input.Title), P["Edit.InvalidValue"]);
        if (input.Education is { } education && !Enum.IsDefined(education)) errors.Add(nameof(input.Education), P["Edit.InvalidValue"]);
        if (input.Status is { } status && !Enum.IsDefined(status)) errors.Add(nameof(input.Status), P["Edit.InvalidValue"]);

        if (input.Grade is not { } grade) errors.Add(nameof(input.Grade), P["Edit.Required"]);
        else if (grade is < Employee.MinGrade or > Employee.MaxGrade) errors.Add(nameof(input.Grade), P["Edit.GradeRange", Employee.MinGrade, Employee.MaxGrade]);

        if (input.Status == EmployeeStatus.Departed)
        {
            if (input.DepartureDate is not { } left) errors.Add(nameof(input.DepartureDate), P["Edit.DepartureRequired"]);
            else if (input.HireDate is { } hired && left < hired) errors.Add(nameof(input.DepartureDate), P["Edit.DepartureBeforeHire"]);
        }

        if (id is not null && input.Version is null) errors.Add(nameof(input.Version), P["Edit.Required"]);

        errors.ThrowIfAny(P["Edit.Invalid"]);
    }

    private static bool IsEmail(string s) =>
        MailAddress.TryCreate(s, out var a) && string.Equals(a.Address, s, StringComparison.OrdinalIgnoreCase) && s.Contains('.', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal);

    /// <summary>True when <paramref name="manager"/> is <paramref name="person"/> or reports to them, directly or not.</summary>
    private async Task<bool> ReportsToAsync(int manager, int person, CancellationToken ct)
    {
        var current = (int?)manager;
        var seen = new HashSet<int>();
        while (current is { } c && seen.Add(c) && seen.Count <= 64)
        {
            if (c == person) return true;
            current = await db.Employees.AsNoTracking().Where(x => x.Id == c).Select(x => x.ManagerId).FirstOrDefaultAsync(ct);
        }
        return false;
    }
}

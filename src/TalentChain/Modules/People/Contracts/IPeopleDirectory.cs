namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// People's directory for other modules: the changes to a person that People owns and other modules cause. Other
/// modules read employees through the published read models (<see cref="EmployeeRef"/>) and never write them; they ask here.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>
    /// Records that the employee left on <paramref name="lastDay"/>: status departed, departure date set (the employment
    /// timeline records it). The change is tracked on the request's DbContext and saved by the caller's next
    /// SaveChanges, in one transaction with the caller's own changes.
    /// </summary>
    Task MarkDepartedAsync(int employeeId, DateOnly lastDay, CancellationToken ct = default);

    /// <summary>
    /// Records an assessed skill level: the person's record for the taxonomy node is created or updated (level,
    /// evidence, assessor, date). With <paramref name="onlyIfHigher"/>, an existing record at that level or above is
    /// left as it is (e.g. a course confirms a level; it never lowers one). Tracked on the request's DbContext and
    /// saved by the caller's next SaveChanges, in one transaction with the caller's own changes.
    /// </summary>
    /// <returns>Whether the record was created or changed.</returns>
    Task<bool> RecordSkillAsync(int employeeId, int taxonomyNodeId, int level, string evidence, string assessedBy, DateOnly assessedOn,
        bool onlyIfHigher = false, CancellationToken ct = default);

    /// <summary>
    /// Makes <paramref name="managerEmployeeId"/> the person's line manager (the employment timeline records the
    /// change). Tracked on the request's DbContext and saved by the caller's next SaveChanges.
    /// </summary>
    Task ChangeManagerAsync(int employeeId, int managerEmployeeId, CancellationToken ct = default);

    /// <summary>
    /// Applies an appointment: the given position, grade, track and unit (null = unchanged) take effect on
    /// <see cref="CareerChange.EffectiveDate"/>, and the employment timeline records each change on that date. Tracked on
    /// the request's DbContext and saved by the caller's next SaveChanges, in one transaction with the caller's changes.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A grade outside <see cref="EmployeeRef.MinGrade"/>…<see cref="EmployeeRef.MaxGrade"/>.</exception>
    Task ApplyCareerChangeAsync(int employeeId, CareerChange change, CancellationToken ct = default);

    /// <summary>
    /// Records a professional title or skill grade granted on <see cref="TitleGrant.GrantedOn"/>: the timeline gets a
    /// "title changed" event naming it in both languages (and its certificate number); when the grant carries an
    /// engineering-ladder rank, the person's <see cref="EmployeeRef.Title"/> becomes it. Tracked on the request's
    /// DbContext and saved by the caller's next SaveChanges.
    /// </summary>
    Task RecordTitleAsync(int employeeId, TitleGrant grant, CancellationToken ct = default);
}

/// <summary>What an appointment changes (null = unchanged), effective on a date.</summary>
public sealed record CareerChange(DateOnly EffectiveDate, string? Position = null, int? Grade = null, CareerTrack? Track = null, int? OrgUnitId = null);

/// <summary>A title (职称) or skill grade (职业技能等级) as granted; <see cref="EngineeringRank"/> is its place on People's ladder, if any.</summary>
public sealed record TitleGrant(DateOnly GrantedOn, string NameEn, string NameZh, ProfessionalTitle? EngineeringRank = null, string? CertificateNumber = null);

/// <summary>
/// A section another module adds to a person's profile page (e.g. titles held, degrees in progress). People asks every
/// registered section for the person and the viewer; a section decides what the viewer may see and returns null to show
/// nothing. Texts come already in the viewer's language.
/// </summary>
public interface IProfileSection
{
    Task<ProfileSection?> ForAsync(int employeeId, System.Security.Claims.ClaimsPrincipal viewer, CancellationToken ct = default);
}

/// <summary>A titled table on the profile page, with an optional link to where the records are managed.</summary>
public sealed record ProfileSection(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Link = null, string? LinkText = null, int Order = 100);

/// <summary>A timeline value carrying both languages ("en‖zh"), as <see cref="IPeopleDirectory.RecordTitleAsync"/> stores it.</summary>
public static class BilingualValue
{
    public const string Separator = " ‖ ";
    public static string Join(string en, string zh) => $"{en}{Separator}{zh}";

    /// <summary>The part for the reader; a value without the separator as it is.</summary>
    public static string Pick(string value, bool chinese)
    {
        var i = value.IndexOf(Separator, StringComparison.Ordinal);
        if (i < 0) return value;
        var en = value[..i];
        var rest = value[(i + Separator.Length)..];
        var j = rest.IndexOf(Separator, StringComparison.Ordinal);
        var zh = j < 0 ? rest : rest[..j];
        var tail = j < 0 ? "" : rest[(j + Separator.Length)..];
        var name = chinese && zh.Length > 0 ? zh : en;
        return tail.Length > 0 ? $"{name} ({tail})" : name;
    }
}

/// <summary>
/// The management chain, as People defines it: a person's manager, that manager's manager, and so on up. Who is
/// "a line manager of" someone for restricted data (timeline, grade, need-to-know skill levels, training results).
/// </summary>
public interface IManagementChain
{
    /// <summary>Longest chain walked; deeper (or cyclic) chains stop here.</summary>
    const int MaxDepth = 32;

    /// <summary>The person's managers, nearest first (stops on a cycle).</summary>
    Task<List<int>> AboveAsync(int employeeId, CancellationToken ct = default);

    /// <summary>
    /// Which of <paramref name="employeeIds"/> have <paramref name="managerEmployeeId"/> somewhere above them. One query
    /// per level of the hierarchy (not per person), for lists such as a session's enrolments.
    /// </summary>
    Task<IReadOnlySet<int>> ManagedAmongAsync(int managerEmployeeId, IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
}

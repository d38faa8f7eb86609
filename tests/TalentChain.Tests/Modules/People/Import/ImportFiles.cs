using System.Text;
using TalentChain.Modules.People.Features.Import;

namespace TalentChain.Tests.Modules.People.Import;

/// <summary>Builders for import files in the documented formats.</summary>
internal static class ImportFiles
{
    public static readonly string EmployeesHeader = string.Join(",", ImportFormats.Columns[ImportKind.Employees]);
    public static readonly string SkillsHeader = string.Join(",", ImportFormats.Columns[ImportKind.Skills]);
    public static readonly string OrgUnitsHeader = string.Join(",", ImportFormats.Columns[ImportKind.OrgUnits]);
    public static readonly string TaxonomyHeader = string.Join(",", ImportFormats.Columns[ImportKind.Taxonomy]);

    /// <summary>One employees line; every value valid unless overridden.</summary>
    public static string Emp(
        string number, string unit = "SEP1-SX", string manager = "", string hire = "2020-03-01", string grade = "8",
        string status = "active", string departure = "", string email = "", string track = "technical", string title = "engineer",
        string family = "Li", string given = "Wei", string position = "Extraction process engineer", string chinese = "李伟") =>
        $"{number},{family},{given},{chinese},{email},{unit},{position},{manager},{hire},1990-05-04,{track},{title},{grade},{status},{departure}";

    public static byte[] Csv(string header, params string[] lines) =>
        Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", lines) + "\n");

    public static byte[] Employees(params string[] lines) => Csv(EmployeesHeader, lines);
}

using System.Text;
using TalentChain.Modules.People.Domain;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Features.Import;

public enum ImportKind
{
    OrgUnits = 1,
    Employees = 2,
    Skills = 3,
    Taxonomy = 4,
}

/// <summary>
/// The file formats, exactly: the header names the columns (any order, all required ones, optional ones if wanted, no others).
/// Enum values are the snake_case form of the domain enums, compared case-insensitively.
/// </summary>
public static class ImportFormats
{
    public static readonly IReadOnlyDictionary<ImportKind, string[]> Columns = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.OrgUnits] = ["code", "name", "name_zh", "segment", "site", "parent_code"],
        [ImportKind.Employees] =
        [
            "employee_number", "family_name", "given_name", "chinese_name", "email", "org_unit_code", "position",
            "manager_employee_number", "hire_date", "birth_date", "track", "title", "grade", "status", "departure_date",
        ],
        [ImportKind.Skills] = ["employee_number", "taxonomy_code", "level", "evidence", "assessed_by", "assessed_on"],
        [ImportKind.Taxonomy] = ["code", "kind", "name", "name_zh", "segment", "parent_code", "description"],
    };

    /// <summary>Columns a file may add after the required ones; absent means "leave as is" (new rows get the default).</summary>
    public static readonly IReadOnlyDictionary<ImportKind, string[]> OptionalColumns = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.OrgUnits] = [],
        [ImportKind.Employees] = ["education"],
        [ImportKind.Skills] = [],
        [ImportKind.Taxonomy] = [],
    };

    /// <summary>Required then optional columns: the order of cells in an imported row and of a template's header.</summary>
    public static string[] AllColumns(ImportKind kind) => [.. Columns[kind], .. OptionalColumns[kind]];

    public static string Slug(ImportKind kind) => kind switch
    {
        ImportKind.OrgUnits => "org-units",
        ImportKind.Employees => "employees",
        ImportKind.Skills => "skills",
        _ => "taxonomy",
    };

    public static readonly ImportKind[] All = [ImportKind.OrgUnits, ImportKind.Taxonomy, ImportKind.Employees, ImportKind.Skills];

    public static bool TryParseKind(string? slug, out ImportKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(Slug(k), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>MiningBeneficiation → mining_beneficiation.</summary>
    public static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static string SnakeCase<TEnum>(TEnum value) where TEnum : struct, Enum => SnakeCase(value.ToString());

    public static IReadOnlyDictionary<string, TEnum> EnumValues<TEnum>() where TEnum : struct, Enum =>
        EnumCache<TEnum>.Values;

    private static class EnumCache<TEnum> where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, TEnum> Values =
            Enum.GetValues<TEnum>().ToDictionary(v => SnakeCase(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Maximum lengths of text columns (the database's column sizes).</summary>
    public static readonly IReadOnlyDictionary<string, int> MaxLengths = new Dictionary<string, int>
    {
        ["org-units:code"] = 40, ["org-units:name"] = 200, ["org-units:name_zh"] = 200, ["org-units:site"] = 100,
        ["employees:employee_number"] = 40, ["employees:family_name"] = 100, ["employees:given_name"] = 100,
        ["employees:chinese_name"] = 50, ["employees:email"] = 200, ["employees:position"] = 200,
        ["skills:evidence"] = 1000, ["skills:assessed_by"] = 200,
        ["taxonomy:code"] = 60, ["taxonomy:name"] = 200, ["taxonomy:name_zh"] = 200, ["taxonomy:description"] = 2000,
    };

    /// <summary>Text columns that may hold line breaks; every other value must be one line without control characters.</summary>
    public static readonly IReadOnlySet<string> MultiLineColumns = new HashSet<string>(StringComparer.Ordinal) { "skills:evidence", "taxonomy:description" };

    internal static readonly ChainSegment[] Segments = Enum.GetValues<ChainSegment>();
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.TalentProgram;

/// <summary>The module's vocabulary: localised enum names and the display rules for names in either language.</summary>
public static class ProgramText
{

    public static string Person(string given, string family, string? chinese) => PersonName.Display(given, family, chinese, UiCulture.IsChinese);

    public static string Enum<TEnum>(this IStringLocalizer<TalentProgramResource> t, TEnum value) where TEnum : struct, System.Enum =>
        t[string.Create(CultureInfo.InvariantCulture, $"{typeof(TEnum).Name}.{value}")];

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The enum types whose member names the resources list (tests check every member has a label).</summary>
    public static readonly Type[] LabelledEnums =
    [
        typeof(StageKind), typeof(EvidenceKind), typeof(SignOffRole), typeof(ParticipantStatus), typeof(MentorRole),
        typeof(ActivityKind), typeof(ActivityStatus), typeof(PlanChangeKind), typeof(ReviewDecision), typeof(EnrollmentStatus), typeof(Features.Cohorts.SelectionStep),
    ];
}

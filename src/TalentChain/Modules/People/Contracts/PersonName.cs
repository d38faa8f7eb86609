namespace TalentChain.Modules.People.Contracts;

/// <summary>
/// The one rule for showing a person's name, as People defines it. Other modules read the three name parts in their
/// queries and format them here, so every page, notification and export names people the same way.
/// </summary>
public static class PersonName
{
    /// <summary>
    /// The name in the reader's language: the Chinese name for a Chinese reader when there is one, otherwise
    /// "Given Family".
    /// </summary>
    public static string Display(string given, string family, string? chinese, bool chineseReader) =>
        chineseReader && !string.IsNullOrEmpty(chinese) ? chinese : $"{given} {family}";

    /// <summary>Both forms at once — "王伟 (Wei Wang)" — for texts read in either language (audit notes, e-mails to several readers).</summary>
    public static string Full(string given, string family, string? chinese) =>
        string.IsNullOrEmpty(chinese) ? $"{given} {family}" : $"{chinese} ({given} {family})";
}

using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TalentChain.Platform.Audit;

/// <summary>
/// Columns whose values never appear in the audit log (it shows "***" before and after): marked in the entity's
/// configuration, so a new secret is declared where its column is, not guessed from its name.
/// </summary>
public static class SecretColumns
{
    public const string Annotation = "TalentChain:Secret";

    public static PropertyBuilder<T> IsSecret<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Annotation, true);

    public static bool IsSecret(this IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}

namespace TalentChain.Platform.Web;

/// <summary>
/// Thrown by a handler when input is invalid; nothing has been written. Field keys are the request's field
/// names; messages are already localised. Pages show them on the form (HTTP 422), the API as ProblemDetails (400).
/// </summary>
public sealed class ValidationFailedException(string title, IReadOnlyDictionary<string, string[]> errors) : Exception(title)
{
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string title, string field, string message) =>
        new(title, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Thrown when the record asked for does not exist (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>
/// Thrown by a handler's record-level check: the caller may not see or do this (403). The message is localised and
/// says what was refused; the API answers ProblemDetails, pages show it (see <see cref="PageHandlerCalls"/>).
/// </summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>Collects field errors while a handler validates its input.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>Throws <see cref="ValidationFailedException"/> when any error was added.</summary>
    public void ThrowIfAny(string title)
    {
        if (Any) throw new ValidationFailedException(title, ToDictionary());
    }
}

public static class ModelStateExtensions
{
    /// <summary>Shows a handler's field errors on the form.</summary>
    public static void AddErrors(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, ValidationFailedException ex)
    {
        foreach (var (field, messages) in ex.Errors)
            foreach (var m in messages) modelState.AddModelError(field, m);
    }
}

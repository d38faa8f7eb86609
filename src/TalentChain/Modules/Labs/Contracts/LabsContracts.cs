namespace TalentChain.Modules.Labs.Contracts;

/// <summary>
/// What other modules may ask of Labs. Nothing yet: Labs listens to the program (passed courses) and contributes to the
/// profile page and the calendar through platform and People interfaces; this namespace is where a published
/// read model would go.
/// </summary>
public static class LabsContract
{
    public const string ApiPrefix = "/api/v1/labs";
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentChain.Tests.Infrastructure;

/// <summary>The API's JSON conventions (web defaults, enums as names), for reading typed responses in tests.</summary>
public static class ApiJson
{
    /// <summary>
    /// As the app configures them (PlatformSetup: web defaults plus <see cref="JsonStringEnumConverter"/>), and strict on
    /// reading: a positional record's field missing from the body, or null where the record says non-null, fails the test
    /// the way <c>GetProperty</c> on a missing name did.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };
}

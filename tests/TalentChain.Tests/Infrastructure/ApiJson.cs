using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentChain.Tests.Infrastructure;

/// <summary>The API's JSON conventions (web defaults, enums as names), for reading typed responses in tests.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

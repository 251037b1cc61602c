using System.Text.Encodings.Web;
using System.Text.Json;

namespace Msp.Api.Http;

/// <summary>
/// How bodies are written: snake_case names (the spec's camelCase exceptions are named on their properties) and
/// non-ASCII text as is ("Español", not "Espa\u00f1ol"), as the old platform sent it.
/// </summary>
internal static class WireJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The wire's settings on <paramref name="options"/>: also the framework's, from which the OpenAPI document's schemas are made.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}

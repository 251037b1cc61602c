using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Msp.Application.Common.Results;

namespace Msp.UnitTests.Support;

/// <summary>
/// A handler's result held to what the wire carries: a failure's status and whole body, a success written as the API
/// writes it (snake_case names, the spec's own names where a property says so), both against text copied from
/// docs/contract.md rather than against the catalogue the handler returns from.
/// </summary>
internal static class WireAssert
{
    /// <summary>The options of the API's writer (Msp.Api's WireJson), which the unit tests do not reference.</summary>
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Failure<T>(Result<T> result, int status, string body)
    {
        Assert.False(result.IsSuccess, "Expected a failure, got a success.");
        Assert.Equal(status, result.Error!.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(result.Error.Body)), $"Expected {body}\nActual   {result.Error.Body}");
    }

    public static void Success<T>(Result<T> result, string body)
    {
        Assert.True(result.IsSuccess, $"Expected a success, got {result.Error?.Status}: {result.Error?.Body}");
        var actual = JsonSerializer.Serialize(result.Value, result.Value!.GetType(), Wire);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(actual)), $"Expected {body}\nActual   {actual}");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>Writes an operation's outcome: the documented status and body of a failure, the value of a success.</summary>
internal static class ResultWriter
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpContext http, IOperationResult result)
    {
        if (result.Error is { } error)
        {
            return WriteErrorAsync(http, error);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        return result.BoxedValue switch
        {
            BinaryContent binary => WriteBinaryAsync(http, binary),
            IBareList list => WriteBareListAsync(http, list),
            { } value => WriteJsonAsync(http, value),
            null => Task.CompletedTask,
        };
    }

    public static async Task WriteErrorAsync(HttpContext http, ApiError error)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = JsonContentType;
        var body = error.Body;
        if (error.Details.Count > 0 && http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.IncludeErrorDetails
            && JsonNode.Parse(body) is JsonObject documented)
        {
            documented["errors"] = JsonSerializer.SerializeToNode(error.Details, WireJson.Options);
            body = documented.ToJsonString(WireJson.Options);
        }

        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    private static Task WriteJsonAsync(HttpContext http, object value)
    {
        http.Response.ContentType = JsonContentType;
        return JsonSerializer.SerializeAsync(http.Response.Body, value, value.GetType(), WireJson.Options, http.RequestAborted);
    }

    private static Task WriteBareListAsync(HttpContext http, IBareList list)
    {
        if (list.TotalCount is { } total)
        {
            http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return WriteJsonAsync(http, list.Items);
    }

    private static async Task WriteBinaryAsync(HttpContext http, BinaryContent binary)
    {
        http.Response.ContentType = binary.ContentType;
        await using var stream = await binary.OpenAsync(http.RequestAborted);
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}

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
            HtmlPage page => WriteHtmlAsync(http, page),
            IBareList list => WriteBareListAsync(http, list),
            { } value => WriteJsonAsync(http, value),
            null => Task.CompletedTask,
        };
    }

    public static async Task WriteErrorAsync(HttpContext http, ApiError error)
    {
        http.Response.StatusCode = error.Status;
        http.Response.ContentType = JsonContentType;
        if (error.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = error.Body;
        if (error.Details.Count > 0 && http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.IncludeErrorDetails
            && JsonNode.Parse(body) is JsonObject documented)
        {
            documented["errors"] = JsonSerializer.SerializeToNode(error.Details, WireJson.Options);
            body = documented.ToJsonString(WireJson.Options);
        }

        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>
    /// Serialized whole into a pooled buffer, then sent with its Content-Length in one write: the answers are pages
    /// and records of a few kilobytes, and one sized write costs less than the serializer's stream adapter and chunked
    /// framing.
    /// </summary>
    private static async Task WriteJsonAsync(HttpContext http, object value)
    {
        http.Response.ContentType = JsonContentType;
        var body = JsonBodyBuffers.Rent();
        try
        {
            body.Write(value);
            http.Response.ContentLength = body.Written.Length;
            await http.Response.Body.WriteAsync(body.Written, http.RequestAborted);
        }
        finally
        {
            JsonBodyBuffers.Return(body);
        }
    }

    private static Task WriteBareListAsync(HttpContext http, IBareList list)
    {
        if (list.TotalCount is { } total)
        {
            http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return WriteJsonAsync(http, list.Items);
    }

    /// <summary>
    /// A page for a person's browser. Its URL carries a secret (the reset link's token), so it is never cached nor
    /// sent on as a referrer; it runs no script, loads nothing from elsewhere but images (the partner's logo), and may not
    /// be framed.
    /// </summary>
    private static Task WriteHtmlAsync(HttpContext http, HtmlPage page)
    {
        var response = http.Response;
        response.StatusCode = page.Status;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return response.WriteAsync(page.Html, http.RequestAborted);
    }

    private static async Task WriteBinaryAsync(HttpContext http, BinaryContent binary)
    {
        http.Response.ContentType = binary.ContentType;
        http.Response.ContentLength = binary.Length;

        // Copied through a small buffer, never held whole; the client's abort cancels the read, and with it the
        // upstream request the stream may be relaying.
        await using var stream = await binary.OpenAsync(http.RequestAborted);
        try
        {
            await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
        catch (TimeoutException)
        {
            // The source stalled after the status and length were sent: cutting the connection is the one honest
            // signal left, since the client sees fewer bytes than announced.
            http.Abort();
        }
    }
}

using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>
/// JSON answers for what reaches no operation: an unknown path, a method no operation takes, and a body over the size
/// limit (<c>Kestrel:Limits:MaxRequestBodySize</c>), which any operation may be sent and every one documents.
/// </summary>
internal static class FallbackResponses
{
    public static readonly ApiError PayloadTooLarge = ApiError.Error(StatusCodes.Status413PayloadTooLarge, "Request Entity Too Large");

    private static readonly ApiError NotFound = ApiError.Error(StatusCodes.Status404NotFound, "Not found");

    private static readonly ApiError MethodNotAllowed = ApiError.Error(StatusCodes.Status405MethodNotAllowed, "Method not allowed");

    public static Task WriteAsync(HttpContext http) => http.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => ResultWriter.WriteErrorAsync(http, NotFound),
        StatusCodes.Status405MethodNotAllowed => ResultWriter.WriteErrorAsync(http, MethodNotAllowed),
        _ => Task.CompletedTask,
    };
}

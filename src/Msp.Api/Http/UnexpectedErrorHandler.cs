using Microsoft.AspNetCore.Diagnostics;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>The one place an unexpected exception becomes the documented 500 body: logged in full, answered in nothing.</summary>
internal sealed partial class UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        LogUnexpected(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        if (!httpContext.Response.HasStarted)
        {
            httpContext.Response.Clear();
            await ResultWriter.WriteErrorAsync(httpContext, ApiError.Unexpected);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}

using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Msp.Application.Common.Behaviors;

/// <summary>Outermost behavior: one structured line per operation with its outcome and duration.</summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TResponse : IOperationResult
{
    /// <remarks>Not an async method when there is nothing to log: a pass-through costs no state machine nor task.</remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        logger.IsEnabled(LogLevel.Debug) ? HandleLoggedAsync(next) : next();

    private async Task<TResponse> HandleLoggedAsync(RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogHandled(logger, RequestTraits<TRequest>.Name, response.Error?.Status ?? 200, elapsed);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string operation, int status, double elapsedMs);
}

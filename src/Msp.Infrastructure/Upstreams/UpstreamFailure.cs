using System.Text.Json;
using Polly;

namespace Msp.Infrastructure.Upstreams;

internal static class UpstreamFailure
{
    /// <summary>
    /// Whether an exception means "the upstream did not give a usable answer": refused, reset, timed out (a resilience
    /// timeout or the client's), rejected by an open circuit, or a body that is not the expected JSON. A cancellation
    /// the caller asked for is not one: the end user went away, and that is not the upstream's fault.
    /// </summary>
    public static bool Is(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException or JsonException or ExecutionRejectedException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}

using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.MspModule.MspOperation;

namespace Msp.Infrastructure.Upstreams.MspModule;

/// <summary>MspModule over HTTP: <c>GET {api_url}MspOperation?user_id={id}</c>, answered <c>{"msg":"…"}</c>.</summary>
public sealed partial class MspOperationHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    ILogger<MspOperationHttpGateway> logger) : IMspOperationGateway
{
    /// <summary>The upstream's own name for the call, relative to the service's <c>api_url</c>.</summary>
    private const string RelativePath = "MspOperation";

    private static readonly MspOperationOutcome Unavailable = new MspOperationOutcome.Unavailable();

    public async Task<MspOperationOutcome> MspOperationAsync(long userId, CancellationToken cancellationToken)
    {
        var endpoint = await directory.FindAsync(UpstreamNames.MspModule, options.Get(UpstreamNames.MspModule).BaseUrl, cancellationToken);
        if (endpoint is null)
        {
            LogNotConfigured(logger);
            return Unavailable;
        }

        // A read: sent as GET so that the resilience pipeline may retry it.
        using var request = endpoint.Request(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"{RelativePath}?user_id={userId}"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var reply = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Reply>(cancellationToken) : null;
            if (reply?.Msg is { } msg)
            {
                return new MspOperationOutcome.Answered(msg);
            }

            LogUnexpected(logger, (int)response.StatusCode);
            return Unavailable;
        }
        catch (Exception exception) when (UpstreamFailure.Is(exception, cancellationToken))
        {
            LogFailed(logger, exception);
            return Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "MspModule has no service record with an http(s) api_url and no Upstreams:MspModule:BaseUrl")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MspModule answered MspOperation with HTTP {Status} and no msg")]
    private static partial void LogUnexpected(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MspModule MspOperation failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private sealed record Reply(string? Msg);
}

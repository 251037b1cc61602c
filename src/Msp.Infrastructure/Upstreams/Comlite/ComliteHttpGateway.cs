using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.Comlite;

namespace Msp.Infrastructure.Upstreams.Comlite;

/// <summary>
/// Comlite over HTTP: <c>GET {api_url}terminals?user_id={id}</c> as the service, with HTTP Basic authentication
/// (<c>services.admin</c> / <c>services.admin_password</c>). The mapping of its answers is in docs/upstreams.md.
/// </summary>
public sealed partial class ComliteHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    ILogger<ComliteHttpGateway> logger) : IComliteGateway
{
    private const string UserNotFoundMsg = "User not found";

    private static readonly TerminalsOutcome Unavailable = new TerminalsOutcome.Unavailable();

    public async Task<TerminalsOutcome> GetTerminalsAsync(long userId, CancellationToken cancellationToken)
    {
        var endpoint = await directory.FindAsync(UpstreamNames.Comlite, options.Get(UpstreamNames.Comlite).BaseUrl, cancellationToken);
        if (endpoint is null)
        {
            LogNotConfigured(logger);
            return Unavailable;
        }

        // A read: sent as GET so that the resilience pipeline may retry it.
        using var request = endpoint.Request(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"terminals?user_id={userId}"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogStatus(logger, (int)response.StatusCode);
                return Unavailable;
            }

            var reply = await response.Content.ReadFromJsonAsync<ComliteReply>(cancellationToken);
            if (ToOutcome(reply) is { } outcome)
            {
                return outcome;
            }

            LogUnexpectedBody(logger);
            return Unavailable;
        }
        catch (Exception exception) when (UpstreamFailure.Is(exception, cancellationToken))
        {
            LogFailed(logger, exception);
            return Unavailable;
        }
    }

    private static TerminalsOutcome? ToOutcome(ComliteReply? reply) => reply?.Status switch
    {
        { Status: "ok", Terminals: { } terminals } when terminals.All(IsComplete) => new TerminalsOutcome.Found(terminals.Select(ToTerminal).ToArray()),
        { Msg: { } msg } when string.Equals(msg, UserNotFoundMsg, StringComparison.OrdinalIgnoreCase) => new TerminalsOutcome.UserNotFound(),
        _ => null,
    };

    private static bool IsComplete(ComliteReplyTerminal terminal) =>
        IdOf(terminal) is { Length: > 0 } && terminal.Mac is not null && terminal.Model is not null;

    private static ComliteTerminal ToTerminal(ComliteReplyTerminal terminal) => new(IdOf(terminal)!, terminal.Mac!, terminal.Model!);

    private static string? IdOf(ComliteReplyTerminal terminal) => terminal.Id.ValueKind switch
    {
        JsonValueKind.String => terminal.Id.GetString(),
        JsonValueKind.Number => terminal.Id.GetRawText(),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Comlite has no service record with an http(s) api_url and no Upstreams:Comlite:BaseUrl")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Comlite answered getTerminals with HTTP {Status}")]
    private static partial void LogStatus(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Comlite answered getTerminals with a body that is neither terminals nor \"User not found\"")]
    private static partial void LogUnexpectedBody(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Comlite getTerminals failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

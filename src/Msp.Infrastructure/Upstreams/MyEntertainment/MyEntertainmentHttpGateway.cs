using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.MyEntertainment;

namespace Msp.Infrastructure.Upstreams.MyEntertainment;

/// <summary>
/// My Entertainment over HTTP: <c>GET {api_url}getContact</c>, <c>getContactAvatar</c> and <c>getCredentials</c> with
/// the MSP user id as <c>user_id</c> (docs/upstreams.md). The credentials pass through memory only: not logged (the
/// caller logs no bodies), not cached, not stored.
/// </summary>
public sealed class MyEntertainmentHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    ILogger<MyEntertainmentHttpGateway> logger) : IMyEntertainmentGateway
{
    private readonly UpstreamCaller _caller = new(http, directory, options.Get(nameof(MyEntertainment)).BaseUrl, logger, UpstreamNames.MyEntertainment);

    public Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken) => _caller.GetContactAsync(userId, cancellationToken);

    public Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken) =>
        _caller.GetContactAvatarAsync(userId, cancellationToken);

    public async Task<CredentialsOutcome> GetCredentialsAsync(long userId, CancellationToken cancellationToken) =>
        await _caller.GetJsonAsync("getCredentials", "getCredentials?" + UpstreamCaller.UserQuery(userId), ParseCredentials, cancellationToken)
        ?? new CredentialsOutcome.Unavailable();

    /// <summary>Spec 7.3's body: <c>{"status":{"status":"ok","credentials":{"username":…,"password":…}}}</c>, both non-empty text.</summary>
    internal static CredentialsOutcome? ParseCredentials(JsonElement body) =>
        ContactReply.StatusOk(body, out var status)
        && status.TryGetProperty("credentials", out var credentials) && credentials.ValueKind == JsonValueKind.Object
        && Text(credentials, "username") is { } username && Text(credentials, "password") is { } password
            ? new CredentialsOutcome.Found(new IptvCredentials(username, password))
            : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Upstreams;
using Msp.Application.Upstreams.MyVpn;

namespace Msp.Infrastructure.Upstreams.MyVpn;

/// <summary>
/// My VPN over HTTP, one path per operation named as the spec names it, the MSP user id as <c>user_id</c>
/// (docs/upstreams.md). Reads are GETs (retried); the two writes are POST forms, sent once.
/// </summary>
public sealed class MyVpnHttpGateway(
    HttpClient http,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    ILogger<MyVpnHttpGateway> logger) : IMyVpnGateway
{
    private static readonly MyVpnOutcome Unavailable = new MyVpnOutcome.Unavailable();

    private readonly UpstreamCaller _caller = new(http, directory, options.Get(nameof(MyVpn)).BaseUrl, logger, UpstreamNames.MyVpn);

    public async Task<MyVpnOutcome> GetCamsByUserAsync(long userId, CancellationToken cancellationToken) =>
        await _caller.GetJsonAsync("getCamsByUser", "getCamsByUser?" + UpstreamCaller.UserQuery(userId), Map, cancellationToken) ?? Unavailable;

    public async Task<MyVpnOutcome> GetCertificatesAsync(long userId, string device, CancellationToken cancellationToken) =>
        await _caller.GetJsonAsync(
            "getCertificates", $"getCertificates?{UpstreamCaller.UserQuery(userId)}&device={Uri.EscapeDataString(device)}", Map, cancellationToken) ?? Unavailable;

    public async Task<MyVpnOutcome> SetCamServiceByUserAsync(long userId, CancellationToken cancellationToken) =>
        await _caller.PostFormAsync("setCamServiceByUser", "setCamServiceByUser", UserForm(userId), Map, cancellationToken) ?? Unavailable;

    public async Task<MyVpnOutcome> UnsetCamServiceByUserAsync(long userId, CancellationToken cancellationToken) =>
        await _caller.PostFormAsync("unsetCamServiceByUser", "unsetCamServiceByUser", UserForm(userId), Map, cancellationToken) ?? Unavailable;

    public Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken) => _caller.GetContactAsync(userId, cancellationToken);

    public Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken) =>
        _caller.GetContactAvatarAsync(userId, cancellationToken);

    private static KeyValuePair<string, string>[] UserForm(long userId) => [new("user_id", userId.ToString(CultureInfo.InvariantCulture))];

    /// <summary>
    /// Spec 9 prints "JSON DATA" for success, so any object is relayed, except an error: the documented
    /// <c>id not found</c> (code "-2") is mapped, any other error is undocumented (null: the 500).
    /// </summary>
    private static MyVpnOutcome? Map(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!body.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Object
            || !status.TryGetProperty("status", out var state) || state.ValueKind != JsonValueKind.String || state.GetString() != "error")
        {
            return new MyVpnOutcome.Answered(body);
        }

        return IsIdNotFound(status) ? new MyVpnOutcome.IdNotFound() : null;
    }

    /// <summary>The code as printed ("-2") or as a number (-2); the message as printed, case aside.</summary>
    private static bool IsIdNotFound(JsonElement status) =>
        status.TryGetProperty("code", out var code)
        && ((code.ValueKind == JsonValueKind.String && code.GetString() == "-2") || (code.ValueKind == JsonValueKind.Number && code.GetRawText() == "-2"))
        && status.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String
        && string.Equals(msg.GetString(), "id not found", StringComparison.OrdinalIgnoreCase);
}

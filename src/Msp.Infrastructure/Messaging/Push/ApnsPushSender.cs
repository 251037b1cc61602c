using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>
/// One push through APNs over HTTP/2 (<c>POST 3/device/{token}</c>, topic the app id, a provider JWT). A token APNs
/// reports as gone (410 <c>Unregistered</c>) or wrong (400 <c>BadDeviceToken</c>, <c>DeviceTokenNotForTopic</c>) is
/// forgotten and the message is dead; 429 and 5xx are retried by the outbox; an expired provider token is re-signed.
/// </summary>
public sealed class ApnsPushSender(HttpClient http, ApnsProviderToken providerToken, UnregisteredDevices devices, IOptions<PushOptions> options)
{
    private static readonly string[] BadTokenReasons = ["BadDeviceToken", "DeviceTokenNotForTopic"];

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(options.Value.Apns.BaseUrl), $"3/device/{Uri.EscapeDataString(message.Recipient)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            // HTTP/2 as APNs requires, negotiated by TLS ALPN on its https address.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = JsonContent.Create(new { aps = new { alert = new { body = message.Body } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", providerToken.Current());
        request.Headers.Add("apns-topic", message.AppId);
        request.Headers.Add("apns-push-type", "alert");
        request.Headers.Add("apns-id", ApnsId(message));

        using var response = await PushHttp.SendAsync(http, request, "APNs", cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var reason = await ReasonAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Gone || (response.StatusCode == HttpStatusCode.BadRequest && BadTokenReasons.Contains(reason)))
        {
            await devices.RemoveAsync(message);
            throw new MessageDeliveryException($"APNs device token {reason ?? "unregistered"}", permanent: true, null);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden && reason is "ExpiredProviderToken" or "InvalidProviderToken")
        {
            providerToken.Discard();
        }

        throw new MessageDeliveryException($"APNs HTTP {(int)response.StatusCode}{(reason is null ? "" : " " + reason)}");
    }

    /// <summary>The same id on every attempt (a UUID from the outbox row), so APNs and logs can tell a repeat.</summary>
    private static string ApnsId(OutboxMessage message)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, message.Id);
        BitConverter.TryWriteBytes(bytes[8..], message.CreatedAtUtc.Ticks);
        return new Guid(bytes).ToString();
    }

    private static async Task<string?> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return body.RootElement.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

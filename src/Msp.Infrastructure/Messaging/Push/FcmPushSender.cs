using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>
/// One push through FCM HTTP v1 (<c>POST v1/projects/{project}/messages:send</c>), for Android and iOS devices. A token
/// FCM reports as unregistered (404 <c>UNREGISTERED</c>) or invalid (400 <c>INVALID_ARGUMENT</c>) is forgotten and the
/// message is dead; 429 and 5xx are retried by the outbox with back-off; 401/403 (the key) are retried too.
/// </summary>
public sealed class FcmPushSender(HttpClient http, FcmAccessTokens tokens, UnregisteredDevices devices, IOptions<PushOptions> options)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var accessToken = await AccessTokenAsync(cancellationToken);
        var url = new Uri(new Uri(options.Value.Fcm.BaseUrl), $"v1/projects/{Uri.EscapeDataString(tokens.ProjectId!)}/messages:send");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { message = new { token = message.Recipient, notification = new { body = message.Body } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        using var response = await PushHttp.SendAsync(http, request, "FCM", cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var error = await ErrorCodeAsync(response, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound || (response.StatusCode == HttpStatusCode.BadRequest && error is "INVALID_ARGUMENT" or "UNREGISTERED"))
        {
            await devices.RemoveAsync(message);
            throw new MessageDeliveryException($"FCM device token {(response.StatusCode == HttpStatusCode.NotFound ? "unregistered" : "invalid")}", permanent: true, null);
        }

        throw new MessageDeliveryException($"FCM HTTP {(int)response.StatusCode}{(error is null ? "" : " " + error)}");
    }

    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.AccessTokenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not (MessageDeliveryException or OperationCanceledException))
        {
            throw new MessageDeliveryException("FCM access token not obtained", exception);
        }
    }

    /// <summary><c>error.status</c> of FCM's error body (<c>UNREGISTERED</c> lives in its details; the status says enough).</summary>
    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return body.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("status", out var status) ? status.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging;

/// <summary>SMS through the HTTP gateway of <c>Sms:GatewayUrl</c>: one POST of <c>{"to": …, "text": …}</c> per message.</summary>
public sealed class HttpSmsSender(HttpClient http, IOptions<SmsOptions> options) : IMessageSender
{
    private readonly SmsOptions _options = options.Value;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.GatewayUrl))
        {
            throw new MessageDeliveryException("SMS gateway not configured");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _options.GatewayUrl)
        {
            Content = JsonContent.Create(new SmsPayload(message.Recipient, message.Body)),
        };
        if (_options.ApiKey.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new MessageDeliveryException($"SMS gateway unreachable: {exception.HttpRequestError}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageDeliveryException("SMS gateway timeout", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // The gateway refusing this message (bad number, text) is final; its own trouble, or ours with the key, is not.
                var permanent = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity;
                throw new MessageDeliveryException($"SMS gateway HTTP {(int)response.StatusCode}", permanent, null);
            }
        }
    }

    private sealed record SmsPayload([property: JsonPropertyName("to")] string To, [property: JsonPropertyName("text")] string Text);
}

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>A provider's request, with an unreachable provider or a timeout as a delivery failure the outbox retries.</summary>
internal static class PushHttp
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string provider, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new MessageDeliveryException($"{provider} unreachable: {exception.HttpRequestError}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageDeliveryException($"{provider} timeout", exception);
        }
    }
}

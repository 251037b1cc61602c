using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Msp.Application.Upstreams;

namespace Msp.Infrastructure.Upstreams;

/// <summary>
/// One upstream call as a relay makes it: where and as whom from the service record, through the upstream's client
/// (timeouts, retries for reads only, breaker), and the answer read as JSON or as a JPEG. Every failure is null and is
/// logged once with its reason, never with the body: a body may hold a user's credentials (My Entertainment).
/// </summary>
public sealed partial class UpstreamCaller(HttpClient http, UpstreamServiceDirectory directory, Uri? baseUrlOverride, ILogger logger, string upstream)
{
    private const string Jpeg = "image/jpeg";

    /// <summary>A read, sent as GET so that the pipeline may retry it; <paramref name="map"/> returns null for an unusable body.</summary>
    public Task<T?> GetJsonAsync<T>(string call, string relativeUri, Func<JsonElement, T?> map, CancellationToken cancellationToken)
        where T : class =>
        SendAsync(call, HttpMethod.Get, relativeUri, null, response => ReadJsonAsync(response, map, cancellationToken), cancellationToken);

    /// <summary>A write, sent as a POST form: the pipeline never retries it (docs/upstreams.md).</summary>
    public Task<T?> PostFormAsync<T>(
        string call, string relativeUri, IEnumerable<KeyValuePair<string, string>> form, Func<JsonElement, T?> map, CancellationToken cancellationToken)
        where T : class =>
        SendAsync(call, HttpMethod.Post, relativeUri, new FormUrlEncodedContent(form), response => ReadJsonAsync(response, map, cancellationToken), cancellationToken);

    /// <summary>A JPEG (checked by its content type and its first bytes), read as GET.</summary>
    public Task<byte[]?> GetJpegAsync(string call, string relativeUri, CancellationToken cancellationToken) =>
        SendAsync(call, HttpMethod.Get, relativeUri, null, response => ReadJpegAsync(response, cancellationToken), cancellationToken);

    /// <summary>Spec 7.1 and 9.3: <c>GET {api_url}getContact?user_id={id}</c>.</summary>
    public async Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken) =>
        await GetJsonAsync("getContact", "getContact?" + UserQuery(userId), ContactReply.Parse, cancellationToken) ?? new ContactOutcome.Unavailable();

    /// <summary>Spec 7.2 and 9.4: <c>GET {api_url}getContactAvatar?user_id={id}</c>, a JPEG.</summary>
    public async Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken) =>
        await GetJpegAsync("getContactAvatar", "getContactAvatar?" + UserQuery(userId), cancellationToken) is { } jpeg
            ? new AvatarOutcome.Found(jpeg)
            : new AvatarOutcome.Unavailable();

    /// <summary>The MSP user id, the key the services know a user by (they replicate MSP's users).</summary>
    public static string UserQuery(long userId) => string.Create(CultureInfo.InvariantCulture, $"user_id={userId}");

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, Func<JsonElement, T?> map, CancellationToken cancellationToken)
        where T : class =>
        map(await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken));

    private static async Task<byte[]?> ReadJpegAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != Jpeg)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return bytes is [0xFF, 0xD8, 0xFF, ..] ? bytes : null;
    }

    private async Task<T?> SendAsync<T>(
        string call, HttpMethod method, string relativeUri, HttpContent? content, Func<HttpResponseMessage, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        using (content)
        {
            var endpoint = await directory.FindAsync(upstream, baseUrlOverride, cancellationToken);
            if (endpoint is null)
            {
                LogNotConfigured(logger, upstream);
                return null;
            }

            using var request = endpoint.Request(method, relativeUri);
            request.Content = content;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    LogStatus(logger, upstream, call, (int)response.StatusCode);
                    return null;
                }

                if (await read(response) is { } answer)
                {
                    return answer;
                }

                LogUnexpectedBody(logger, upstream, call);
                return null;
            }
            catch (Exception exception) when (UpstreamFailure.Is(exception, cancellationToken))
            {
                LogFailed(logger, upstream, call, exception);
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Upstream} has no service record with an http(s) api_url and no BaseUrl override")]
    private static partial void LogNotConfigured(ILogger logger, string upstream);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} answered {Call} with HTTP {Status}")]
    private static partial void LogStatus(ILogger logger, string upstream, string call, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} answered {Call} with a body of an undocumented shape")]
    private static partial void LogUnexpectedBody(ILogger logger, string upstream, string call);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} {Call} failed")]
    private static partial void LogFailed(ILogger logger, string upstream, string call, Exception exception);
}

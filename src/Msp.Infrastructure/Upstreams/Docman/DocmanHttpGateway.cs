using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Common.Results;
using Msp.Application.Upstreams.Docman;

namespace Msp.Infrastructure.Upstreams.Docman;

/// <summary>
/// Either Docman service over HTTP: <c>GET {api_url}&lt;operation&gt;?user_id={id}…</c> as the service, with HTTP Basic
/// authentication, through that service's own client (<c>Upstreams:Docman</c> or <c>Upstreams:SwDocman</c>). JSON
/// answers are read whole (at most <c>MaxResponseBytes</c>); files are relayed as they arrive. docs/upstreams.md.
/// </summary>
public sealed partial class DocmanHttpGateway(
    IHttpClientFactory clients,
    UpstreamServiceDirectory directory,
    IOptionsMonitor<UpstreamClientOptions> options,
    ILogger<DocmanHttpGateway> logger) : IDocmanGateway
{
    private const string Jpeg = "image/jpeg";
    private const string Pdf = "application/pdf";

    public Task<DocmanOutcome<IReadOnlyList<DocmanContact>>> GetContactsAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        GetJsonAsync(service, "getContact", Query(userId), DocmanReply.ReadContacts, cancellationToken);

    public Task<DocmanOutcome<DocmanTrees>> GetDocumentTreesAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        GetJsonAsync(service, "getDocsInfo", Query(userId), DocmanReply.ReadTrees, cancellationToken);

    public Task<DocmanOutcome<IReadOnlyList<System.Text.Json.JsonElement>>> GetNotificationsAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        GetJsonAsync(service, "getNotifications", Query(userId), DocmanReply.ReadNotifications, cancellationToken);

    public Task<DocmanOutcome<BinaryContent>> GetContactAvatarAsync(DocmanService service, long userId, long contactId, CancellationToken cancellationToken) =>
        GetFileAsync(service, "getContactAvatar", Query(userId, "id", contactId), Jpeg, [DocmanRefusal.ContactNotSet, DocmanRefusal.NotManagerId], cancellationToken);

    public Task<DocmanOutcome<BinaryContent>> GetDocumentAsync(DocmanService service, long userId, long docId, CancellationToken cancellationToken) =>
        GetFileAsync(service, "getDocInfo", Query(userId, "doc_id", docId), Pdf, [DocmanRefusal.DocIdNotCorrect, DocmanRefusal.FileNotFound], cancellationToken);

    public Task<DocmanOutcome<BinaryContent>> GetImageAsync(DocmanService service, long userId, long itemId, CancellationToken cancellationToken) =>
        GetFileAsync(service, "getImage", Query(userId, "item_id", itemId), Jpeg, [DocmanRefusal.ItemIdNotCorrect], cancellationToken);

    private static string Query(long userId) => string.Create(CultureInfo.InvariantCulture, $"?user_id={userId}");

    private static string Query(long userId, string name, long id) => string.Create(CultureInfo.InvariantCulture, $"?user_id={userId}&{name}={id}");

    private async Task<DocmanOutcome<T>> GetJsonAsync<T>(
        DocmanService service, string operation, string query, Func<DocmanReply, T?> read, CancellationToken cancellationToken)
        where T : class
    {
        using var request = await RequestAsync(service, operation + query, cancellationToken);
        if (request is null)
        {
            return new DocmanOutcome<T>.Unavailable();
        }

        try
        {
            // Read whole, within the client's MaxResponseContentBufferSize.
            using var response = await clients.CreateClient(service.Section).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogStatus(logger, service, operation, (int)response.StatusCode);
                return new DocmanOutcome<T>.Unavailable();
            }

            if (await response.Content.ReadFromJsonAsync<DocmanReply>(cancellationToken) is { Status: "ok" } reply && read(reply) is { } value)
            {
                return new DocmanOutcome<T>.Found(value);
            }

            LogUnexpectedBody(logger, service, operation);
            return new DocmanOutcome<T>.Unavailable();
        }
        catch (Exception exception) when (UpstreamFailure.Is(exception, cancellationToken))
        {
            LogFailed(logger, service, operation, exception);
            return new DocmanOutcome<T>.Unavailable();
        }
    }

    /// <summary>
    /// The file is not read here: the answer's headers decide, and its body is handed on as a stream that the response
    /// writer copies to the client and then disposes, releasing the upstream connection. A JSON answer is one of the
    /// operation's documented refusals, or unusable.
    /// </summary>
    private async Task<DocmanOutcome<BinaryContent>> GetFileAsync(
        DocmanService service, string operation, string query, string mediaType, DocmanRefusal[] refusals, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(service, operation + query, cancellationToken);
        if (request is null)
        {
            return new DocmanOutcome<BinaryContent>.Unavailable();
        }

        request.Headers.Accept.ParseAdd(mediaType);
        HttpResponseMessage? response = null;
        try
        {
            response = await clients.CreateClient(service.Section).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogStatus(logger, service, operation, (int)response.StatusCode);
                return new DocmanOutcome<BinaryContent>.Unavailable();
            }

            var contentType = response.Content.Headers.ContentType?.MediaType;
            if (string.Equals(contentType, mediaType, StringComparison.OrdinalIgnoreCase))
            {
                var body = new RelayedBody(
                    response,
                    await response.Content.ReadAsStreamAsync(cancellationToken),
                    options.Get(service.Section).AttemptTimeout,
                    () => LogStalled(logger, service, operation));
                var file = new BinaryContent(mediaType, _ => Task.FromResult<Stream>(body), response.Content.Headers.ContentLength);
                response = null;
                return new DocmanOutcome<BinaryContent>.Found(file);
            }

            if (await ReadRefusalAsync(service, response, cancellationToken) is { } refusal && refusals.Contains(refusal))
            {
                return new DocmanOutcome<BinaryContent>.Refused(refusal);
            }

            LogUnexpectedBody(logger, service, operation);
            return new DocmanOutcome<BinaryContent>.Unavailable();
        }
        catch (Exception exception) when (UpstreamFailure.Is(exception, cancellationToken))
        {
            LogFailed(logger, service, operation, exception);
            return new DocmanOutcome<BinaryContent>.Unavailable();
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>A refusal is small JSON; anything larger than the client's limit is not one, and is not read.</summary>
    private async Task<DocmanRefusal?> ReadRefusalAsync(DocmanService service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.Get(service.Section).MaxResponseBytes;
        if (response.Content.Headers.ContentType?.MediaType is not "application/json" || response.Content.Headers.ContentLength > limit)
        {
            return null;
        }

        await response.Content.LoadIntoBufferAsync(limit, cancellationToken);
        return DocmanReply.ReadRefusal(await response.Content.ReadFromJsonAsync<DocmanReply>(cancellationToken));
    }

    private async Task<HttpRequestMessage?> RequestAsync(DocmanService service, string relativeUri, CancellationToken cancellationToken)
    {
        var endpoint = await directory.FindAsync(service.Upstream, options.Get(service.Section).BaseUrl, cancellationToken);
        if (endpoint is null)
        {
            LogNotConfigured(logger, service, service.Section);
            return null;
        }

        // Reads: sent as GET so that the resilience pipeline may retry them.
        return endpoint.Request(HttpMethod.Get, relativeUri);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Service} has no service record with an http(s) api_url and no Upstreams:{Section}:BaseUrl")]
    private static partial void LogNotConfigured(ILogger logger, DocmanService service, string section);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} answered {Operation} with HTTP {Status}")]
    private static partial void LogStatus(ILogger logger, DocmanService service, string operation, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} answered {Operation} with a body that is neither its answer nor a documented refusal")]
    private static partial void LogUnexpectedBody(ILogger logger, DocmanService service, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} stopped sending the file of {Operation}: the relay was cut off")]
    private static partial void LogStalled(ILogger logger, DocmanService service, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} {Operation} failed")]
    private static partial void LogFailed(ILogger logger, DocmanService service, string operation, Exception exception);
}

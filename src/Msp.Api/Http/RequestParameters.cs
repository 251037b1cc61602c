using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Msp.Api.Http;

/// <summary>
/// The parameters of a request, from wherever the client put them (docs/contract.md §1): route, query string, form
/// (urlencoded or multipart) or a JSON object body. Names match case-insensitively and ignoring underscores, and a
/// parameter given but empty counts as missing. When a name comes twice, the first source in that order wins.
/// </summary>
internal sealed class RequestParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private RequestParameters()
    {
    }

    public string? this[string name] => _values.GetValueOrDefault(Normalize(name));

    /// <summary>
    /// The name without underscores, its ASCII letters in lower case. Only ASCII folds: invariant lower case would
    /// turn the Kelvin sign into "k", so "access_to\u212Aen" would carry the access token (ADR 15).
    /// </summary>
    public static string Normalize(string name) =>
        string.Create(name.Length - name.Count(c => c == '_'), name, static (folded, name) =>
        {
            var at = 0;
            foreach (var c in name)
            {
                if (c != '_')
                {
                    folded[at++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                }
            }
        });

    /// <summary>
    /// The parameters, or null when the body is over the size limit. A secret parameter may also come as the header
    /// <paramref name="secretHeaders"/> names (parameter → header), after every other source.
    /// </summary>
    public static async Task<RequestParameters?> ReadAsync(HttpContext http, IReadOnlyList<(string Parameter, string Header)> secretHeaders)
    {
        var parameters = new RequestParameters();
        var request = http.Request;
        foreach (var (key, value) in request.RouteValues)
        {
            parameters.Add(key, value?.ToString());
        }

        foreach (var (key, values) in request.Query)
        {
            parameters.Add(key, values.ToString());
        }

        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(http.RequestAborted);
                foreach (var (key, values) in form)
                {
                    parameters.Add(key, values.ToString());
                }
            }
            else if (request.HasJsonContentType())
            {
                await parameters.AddJsonAsync(request.Body, http.RequestAborted);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException or IOException)
        {
            // A malformed body carries no parameters; the operation then answers its documented "missing" body.
        }

        foreach (var (parameter, header) in secretHeaders)
        {
            parameters.Add(parameter, request.Headers[header].ToString());
        }

        return parameters;
    }

    private void Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _values.TryAdd(Normalize(key), value);
        }
    }

    private async Task AddJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            List<(string Name, string? Value)> properties;
            try
            {
                properties = document.RootElement.EnumerateObject().Select(p => (p.Name, Text(p.Value))).ToList();
            }
            catch (InvalidOperationException)
            {
                // The parser accepts strings that are not valid UTF-8 (or hold a lone surrogate), but they cannot become
                // text: the body is malformed, and a malformed body carries no parameters.
                return;
            }

            foreach (var (name, value) in properties)
            {
                Add(name, value);
            }
        }
    }

    /// <summary>Scalars as the text a form would carry; an array of scalars as a comma-separated list.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(Text).Where(t => t is not null)),
        JsonValueKind.Object => value.GetRawText(),
        _ => null,
    };
}

internal static class HttpRequestFormExtensions
{
    public static bool HasJsonContentType(this HttpRequest request) =>
        request.ContentType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase)
        && request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false;
}

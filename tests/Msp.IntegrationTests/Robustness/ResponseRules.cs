using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// What every answer owes docs/contract.md §1, whatever came in: no 500 (not even a documented one), a media type the route
/// answers, JSON that parses, nothing of the server's insides, and one of the route's <see cref="DocumentedAnswers"/>.
/// </summary>
internal static partial class ResponseRules
{
    /// <summary>Words of a stack trace, an exception or a database error. Case-insensitive.</summary>
    private static readonly string[] Leaks = ["Exception", "   at ", "SQLite", "SqlClient", "syntax", "stack"];

    public static IEnumerable<string> Problems(RouteUnderTest route, HttpMethod method, int status, MediaTypeHeaderValue? contentType, string body)
    {
        // docs/contract.md documents a 500 for four routes (buildingList, residenceList, residenceListFull, sendPushGroup), but
        // only for a failure of the platform: no request of the batch may get it, there or anywhere.
        if (status >= 500)
        {
            yield return $"status {status}";
        }

        var mediaType = contentType?.MediaType;
        var allowed = route.Operations.SelectMany(o => o.MediaTypes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var headWithoutBody = method == HttpMethod.Head && body.Length == 0;
        if (mediaType is null ? !headWithoutBody : !allowed.Contains(mediaType))
        {
            yield return $"Content-Type {contentType?.ToString() ?? "missing"}";
        }

        if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase) && !headWithoutBody && !IsJson(body))
        {
            yield return "a body that is not JSON";
        }

        foreach (var leak in Leaks.Where(l => body.Contains(l, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"leaks \"{leak.Trim()}\"";
        }

        if (DocumentedAnswers.Problem(route, method, status, mediaType, body) is { } undocumented)
        {
            yield return undocumented;
        }

        // "Msp." by itself is in demo addresses (admin@msp.example); a namespace is "Msp." and a capital.
        if (NamespaceLeak().IsMatch(body))
        {
            yield return "leaks a namespace (Msp.…)";
        }
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Msp\.[A-Z]")]
    private static partial Regex NamespaceLeak();
}

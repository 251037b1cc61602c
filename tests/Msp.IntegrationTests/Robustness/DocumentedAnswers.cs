using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediatR;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// Whether an answer is one its route documents: the answers the operation's folder declares (<see cref="OperationAnswers"/>,
/// ADR 31), which the route carries and the OpenAPI document shows, so a new route brings its answers with it. Failures
/// count as whole bodies; a success as the example itself, or, where the handler's type says more than one text (not a
/// fixed message, not a relayed example), as its status and top-level properties in order; pages as status and heading.
/// </summary>
internal static partial class DocumentedAnswers
{
    public const string MethodNotAllowed = """{"error":"Method not allowed"}""";

    /// <summary>Why the answer is not one the route documents for the method, or null when it is.</summary>
    public static string? Problem(RouteUnderTest route, HttpMethod method, int status, string? mediaType, string body)
    {
        var operations = route.Operations.Where(o => o.Answers is not null).ToArray();
        if (operations.Length == 0)
        {
            return "a route without documented answers (<Operation>Answers.cs in its folder)";
        }

        if (!route.Methods.Contains(method.Method, StringComparer.OrdinalIgnoreCase))
        {
            // HEAD answers carry no body; the status and the media type still have to be the 405's.
            var headOk = method == HttpMethod.Head && body.Length == 0 && status == 405;
            return headOk || (status == 405 && SameJson(body, MethodNotAllowed)) ? null : "not the 405 body for a method no operation takes";
        }

        if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase))
        {
            var heading = Heading().Match(body);
            return heading.Success && operations.Any(o => o.Answers!.Pages.Contains((status, heading.Groups[1].Value))) ? null : "not a documented page";
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null; // ResponseRules reports a body that is not JSON.
        }

        return operations.Any(o => Documents(o, status, json)) ? null : "not a documented answer of the route";
    }

    private static bool Documents(OperationUnderTest operation, int status, JsonNode? json)
    {
        var answers = operation.Answers!;
        if (answers.Failures.Any(f => f.Status == status && JsonNode.DeepEquals(json, JsonNode.Parse(f.Body))))
        {
            return true;
        }

        if (status != 200)
        {
            return false;
        }

        var successType = answers.JsonType ?? SuccessType(operation.Request!);
        var exact = successType == typeof(MessageResponse) || successType == typeof(JsonElement);
        return answers.Successes.Select(s => JsonNode.Parse(s)).Any(example =>
            JsonNode.DeepEquals(json, example) || (!exact && SameShape(json, example, Paged(successType))));
    }

    /// <summary>The same top-level properties in the same order (and the iterator a paged answer adds), or an array of such items.</summary>
    private static bool SameShape(JsonNode? json, JsonNode? example, bool paged) => (json, example) switch
    {
        (JsonObject answer, JsonObject documented) =>
            Keys(answer).SequenceEqual(Keys(documented))
            || (paged && Keys(answer).SequenceEqual(Keys(documented).Append("iterator"))),
        (JsonArray items, JsonArray documented) =>
            items.All(item => item is JsonObject one && documented.FirstOrDefault() is JsonObject first && Keys(one).SequenceEqual(Keys(first))),
        _ => false,
    };

    private static IEnumerable<string> Keys(JsonObject json) => json.Select(p => p.Key);

    /// <summary>A list answer that adds its iterator when the request pages it (DataList, getSMB's list).</summary>
    private static bool Paged(Type successType) => successType.GetProperty("Iterator") is not null;

    private static Type SuccessType(Type request)
    {
        var response = request.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        return response.IsGenericType && response.GetGenericTypeDefinition() == typeof(Result<>) ? response.GetGenericArguments()[0] : response;
    }

    private static bool SameJson(string body, string expected)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(expected));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex Heading();
}

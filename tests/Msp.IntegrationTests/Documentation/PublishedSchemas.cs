using System.Text.Json.Nodes;
using Json.Schema;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// The JSON answers the published OpenAPI document types, as JSON Schema (2020-12, which OpenAPI 3.1 uses) evaluated by
/// a real validator: what a validating proxy between a client and the API holds each answer to.
/// </summary>
internal sealed class PublishedSchemas(JsonNode document)
{
    private const string Json = "application/json";

    private readonly Dictionary<string, JsonSchema> _schemas = [];

    public JsonNode Document { get; } = document;

    public static async Task<PublishedSchemas> FetchAsync(HttpClient client) =>
        new(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);

    /// <summary>Every JSON answer the document declares: where, its schema, and its examples.</summary>
    public IEnumerable<(string Where, JsonNode? Schema, JsonObject Examples)> JsonAnswers() =>
        from path in Document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        from response in operation.Value!["responses"]!.AsObject()
        let content = response.Value!["content"]?[Json]
        where content is not null
        select ($"{operation.Key.ToUpperInvariant()} {path.Key} {response.Key}", content["schema"], content["examples"]?.AsObject() ?? []);

    /// <summary>Why <paramref name="body"/> is not an instance of the schema, or null when it is.</summary>
    public string? Problem(JsonNode schema, JsonNode? body)
    {
        var key = schema.ToJsonString();
        if (!_schemas.TryGetValue(key, out var compiled))
        {
            var definitions = Document["components"]?["schemas"]?.DeepClone() ?? new JsonObject();
            var text = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = definitions,
                ["allOf"] = new JsonArray(schema.DeepClone()),
            }.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
            compiled = _schemas[key] = JsonSchema.FromText(text);
        }

        var result = compiled.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? null
            : string.Join("; ", result.Details.Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(3));
    }

    /// <summary>
    /// Why an answer the API gave is not one its route's entry types, or null when it is (or the entry types no JSON
    /// at that status: the documented answers' table says whether the status itself is documented).
    /// </summary>
    public string? AnswerProblem(string pathPattern, string method, int status, string body)
    {
        var path = pathPattern.Replace("?}", "}", StringComparison.Ordinal);
        if (Document["paths"]![path]?.AsObject() is not { } operations)
        {
            return $"{path} is not in the OpenAPI document";
        }

        var operation = operations[method.ToLowerInvariant()] ?? operations.First().Value!;
        if (operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?[Json]?["schema"] is not { } schema)
        {
            return null;
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        return Problem(schema, parsed) is { } problem ? $"not an instance of its OpenAPI schema ({problem})" : null;
    }
}

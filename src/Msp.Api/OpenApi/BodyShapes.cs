using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Msp.Api.OpenApi;

/// <summary>
/// Schemas read off JSON bodies the platform answers with: a documented failure (its <c>ApiError</c> body, exactly
/// what the operation sends) becomes a named component per shape, so that <c>{"msg":…}</c> is one type for every
/// operation that answers it; a relay's answer (the upstream's object, spec 4–10) a component named after the
/// operation, open to what the upstream adds.
/// </summary>
internal sealed partial class BodyShapes(OpenApiDocument document)
{
    /// <summary>The shapes the spec's failures come in most, under names a generated client reads well.</summary>
    private static readonly Dictionary<string, string> KnownNames = new(StringComparer.Ordinal)
    {
        ["msg:string"] = "MessageBody",
        ["error:string"] = "ErrorBody",
        ["error:string,error_description:string"] = "ErrorDescriptionBody",
        ["status:string,msg:string"] = "StatusMessageBody",
        ["msg:string,status:string,code:integer"] = "DocmanErrorBody",
        ["msg:string,status:string,code:string"] = "DocmanTextCodeErrorBody",
        ["status:string,msg:string,code:integer"] = "DocmanItemErrorBody",
        ["status:string"] = "StatusBody",
        ["status:{msg:string}"] = "NestedMessageBody",
        ["status:{status:string,code:string,msg:string}"] = "NestedErrorBody",
    };

    /// <summary>Failure shapes made but not yet in the document: one joins it when an answer uses it.</summary>
    private readonly Dictionary<string, OpenApiSchema> _pending = [];

    private IDictionary<string, IOpenApiSchema> Components => document.Components!.Schemas!;

    /// <summary>
    /// The schema of a documented failure's body: a component for an object (added to the document once an answer
    /// uses it, <see cref="Use"/>), inline for a bare string.
    /// </summary>
    public IOpenApiSchema OfFailure(string json)
    {
        var body = JsonNode.Parse(json);
        if (body is not JsonObject shape)
        {
            return Infer(body, required: true);
        }

        var signature = Signature(shape);
        var name = KnownNames.GetValueOrDefault(signature) ?? Name(shape) + "Body";
        if (!Components.ContainsKey(name))
        {
            _pending.TryAdd(name, Infer(shape, required: true));
        }

        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>Puts the failure shape an answer uses into the document's components.</summary>
    public IOpenApiSchema Use(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } name } && _pending.Remove(name, out var shape))
        {
            Components.TryAdd(name, shape);
        }

        return schema;
    }

    /// <summary>
    /// The schema of a relayed upstream answer, from the spec's example of it: every property it shows, typed as shown,
    /// none required and any other allowed, since the upstream, not this platform, decides what it sends.
    /// </summary>
    public IOpenApiSchema OfRelay(string componentName, string exampleJson)
    {
        if (!Components.ContainsKey(componentName))
        {
            Components[componentName] = Infer(JsonNode.Parse(exampleJson), required: false);
        }

        return new OpenApiSchemaReference(componentName, document);
    }

    /// <summary>
    /// Types what a success type leaves untyped (an upstream's items it relays as they are: Docman's trees and
    /// notifications) from the spec's example of the answer, open to what the upstream adds.
    /// </summary>
    public void Complete(IOpenApiSchema schema, JsonNode? example)
    {
        var target = schema is OpenApiSchemaReference { Reference.Id: { } id } ? (Components.TryGetValue(id, out var component) ? component : null) : schema;
        if (target is not OpenApiSchema made)
        {
            return;
        }

        switch (example)
        {
            case JsonObject body when made.Properties is { } properties:
                foreach (var name in properties.Keys.ToList())
                {
                    if (body[name] is { } value)
                    {
                        if (IsUntyped(properties[name]))
                        {
                            properties[name] = Infer(value, required: false);
                        }
                        else
                        {
                            Complete(properties[name], value);
                        }
                    }
                }

                break;
            case JsonArray { Count: > 0 } items when made.Items is null || IsUntyped(made.Items):
                made.Items = Infer(items[0], required: false);
                break;
            case JsonArray { Count: > 0 } items:
                Complete(made.Items!, items[0]);
                break;
        }
    }

    /// <summary>The schema a body shows: each property typed as its value is, required or not as asked, nested alike.</summary>
    public static OpenApiSchema Infer(JsonNode? node, bool required) => node switch
    {
        // PHP's numbered arrays as the upstream encodes them ({"key_0": {…}, "key_1": {…}}): a map of one kind of item.
        JsonObject { Count: > 0 } numbered when numbered.All(p => NumberedKey().IsMatch(p.Key)) => new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalProperties = InferEach(numbered.Select(p => p.Value), required),
        },
        JsonObject obj => new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = obj.ToDictionary(p => p.Key, p => (IOpenApiSchema)Infer(p.Value, required)),
            Required = required ? new HashSet<string>(obj.Select(p => p.Key)) : new HashSet<string>(),
        },
        JsonArray array => new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = array.Count > 0 ? InferEach(array, required) : new OpenApiSchema { Type = JsonSchemaType.String },
        },
        JsonValue value => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => new OpenApiSchema { Type = JsonSchemaType.String },
            System.Text.Json.JsonValueKind.Number => value.TryGetValue<long>(out _)
                ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" }
                : new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            _ => new OpenApiSchema(),
        },

        // A null says nothing of what the upstream sends there otherwise.
        _ => new OpenApiSchema(),
    };

    /// <summary>
    /// One schema for items that share a place (a list's, a numbered map's): the properties of all of them, each typed
    /// where the items agree and left open where they do not (PHP sends an empty array where another item has text).
    /// </summary>
    private static OpenApiSchema InferEach(IEnumerable<JsonNode?> items, bool required) =>
        items.Select(item => Infer(item, required)).Aggregate(Merge);

    private static OpenApiSchema Merge(OpenApiSchema first, OpenApiSchema second)
    {
        if (first.Type == JsonSchemaType.Object && second.Type == JsonSchemaType.Object && first.Properties is { } these && second.Properties is { } those)
        {
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = these.Keys.Union(those.Keys).ToDictionary(
                    name => name,
                    name => these.TryGetValue(name, out var a) && those.TryGetValue(name, out var b) ? Merge((OpenApiSchema)a, (OpenApiSchema)b) : these.TryGetValue(name, out var only) ? only : those[name]),
                Required = new HashSet<string>((first.Required ?? new HashSet<string>()).Intersect(second.Required ?? new HashSet<string>())),
            };
        }

        if (first.Type == JsonSchemaType.Object && second.Type == JsonSchemaType.Object
            && first.AdditionalProperties is OpenApiSchema firstItem && second.AdditionalProperties is OpenApiSchema secondItem)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Merge(firstItem, secondItem) };
        }

        if (first.Type == JsonSchemaType.Array && second.Type == JsonSchemaType.Array && first.Items is OpenApiSchema a2 && second.Items is OpenApiSchema b2)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = Merge(a2, b2) };
        }

        return first.Type == second.Type && first.Properties is null && second.Properties is null
            && first.AdditionalProperties is null && second.AdditionalProperties is null
                ? first
                : new OpenApiSchema();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(key_)?[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex NumberedKey();

    private static bool IsUntyped(IOpenApiSchema schema) =>
        schema is OpenApiSchema { Type: null, Properties: null or { Count: 0 }, Items: null, AnyOf: null or { Count: 0 }, OneOf: null or { Count: 0 }, AllOf: null or { Count: 0 } };

    private static string Signature(JsonObject shape) =>
        string.Join(',', shape.Select(p => $"{p.Key}:{Kind(p.Value)}"));

    private static string Kind(JsonNode? value) => value switch
    {
        JsonObject nested => "{" + Signature(nested) + "}",
        JsonArray => "array",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => "integer",
        _ => "string",
    };

    /// <summary>A name that spells the shape out, nested objects included, so that two shapes never share one.</summary>
    private static string Name(JsonObject shape) => string.Concat(shape.Select(p => Pascal(p.Key) + p.Value switch
    {
        JsonObject nested => "With" + Name(nested),
        JsonArray => "List",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => "Number",
        _ => "",
    }));

    private static string Pascal(string name) =>
        string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Msp.Api.OpenApi;

/// <summary>
/// Whether a schema declares a body: the body is an instance of it, for the keywords this document's schemas use
/// (types, properties, required, items, patterns, enums, unions, references), and every property the body has is one
/// the schema names (a schema open to other properties declares only those it names). A failure the operation's
/// success type declares at the same status (sendSMS's <c>{"status":"error","msg":…}</c>) needs no schema of its own
/// beside it; one an open relay schema merely tolerates does.
/// </summary>
internal static class SchemaAcceptance
{
    public static bool Declares(IOpenApiSchema? schema, JsonNode? body, OpenApiDocument document) => schema switch
    {
        null => true,
        OpenApiSchemaReference reference => reference.Reference.Id is { } id
            && document.Components?.Schemas?.TryGetValue(id, out var target) == true
            && Declares(target, body, document),
        _ => AcceptsType(schema, body)
            && (schema.AnyOf is not { Count: > 0 } anyOf || anyOf.Any(s => Declares(s, body, document)))
            && (schema.OneOf is not { Count: > 0 } oneOf || oneOf.Count(s => Declares(s, body, document)) == 1)
            && (schema.AllOf is not { Count: > 0 } allOf || allOf.All(s => Declares(s, body, document)))
            && AcceptsContent(schema, body, document),
    };

    private static bool AcceptsType(IOpenApiSchema schema, JsonNode? body)
    {
        if (schema.Type is not { } type)
        {
            return true;
        }

        return body switch
        {
            null => type.HasFlag(JsonSchemaType.Null),
            JsonObject => type.HasFlag(JsonSchemaType.Object),
            JsonArray => type.HasFlag(JsonSchemaType.Array),
            JsonValue value => value.GetValueKind() switch
            {
                JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
                JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) || (type.HasFlag(JsonSchemaType.Integer) && value.TryGetValue<long>(out _)),
                JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
                _ => type.HasFlag(JsonSchemaType.Null),
            },
            _ => false,
        };
    }

    private static bool AcceptsContent(IOpenApiSchema schema, JsonNode? body, OpenApiDocument document) => body switch
    {
        JsonObject obj => (schema.Required ?? new HashSet<string>()).All(obj.ContainsKey)
            && obj.All(property => schema.Properties?.TryGetValue(property.Key, out var propertySchema) == true
                ? Declares(propertySchema, property.Value, document)
                : schema.AdditionalProperties is { } items && Declares(items, property.Value, document)),
        JsonArray array => array.All(item => Declares(schema.Items, item, document)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String =>
            (schema.Pattern is null || Regex.IsMatch(value.GetValue<string>(), schema.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            && (schema.Enum is not { Count: > 0 } choices || choices.Any(choice => JsonNode.DeepEquals(choice, value))),
        _ => true,
    };
}

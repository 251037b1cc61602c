using Microsoft.OpenApi;

namespace Msp.Api.OpenApi;

/// <summary>
/// The schemas made for the answer types, as named components: every object type (user info, address, flat,
/// invoice, service, the paged list and its iterator …) becomes one component under its type's name, referenced
/// wherever an answer holds it, so a generated client has one class for it.
/// </summary>
internal static class TypeComponents
{
    /// <summary>The id the framework gives a schema made for a type (<c>UserInfo</c>, <c>DataListOfFlat</c>).</summary>
    private const string SchemaIdKey = "x-schema-id";

    public static IOpenApiSchema Register(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is not OpenApiSchema made)
        {
            return schema;
        }

        if (made.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = Register(properties[name], document);
            }
        }

        if (made.Items is { } items)
        {
            made.Items = Register(items, document);
        }

        foreach (var union in new[] { made.AnyOf, made.OneOf, made.AllOf }.Where(u => u is not null))
        {
            for (var i = 0; i < union!.Count; i++)
            {
                union[i] = Register(union[i], document);
            }
        }

        if (made.Metadata?.TryGetValue(SchemaIdKey, out var id) != true || id is not string component || made.Type is not { } type
            || (type & ~JsonSchemaType.Null) != JsonSchemaType.Object)
        {
            return made;
        }

        // A property that may be null (a service account's partner) refers to the type or null.
        made.Type = JsonSchemaType.Object;
        document.Components!.Schemas!.TryAdd(component, made);
        var reference = new OpenApiSchemaReference(component, document);
        return type.HasFlag(JsonSchemaType.Null)
            ? new OpenApiSchema { OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] }
            : reference;
    }
}

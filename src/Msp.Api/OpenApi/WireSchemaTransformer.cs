using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Application.Common.Time;

namespace Msp.Api.OpenApi;

/// <summary>
/// The answer types' schemas as the wire carries them, where the serializer's attributes say more than the .NET type:
/// an id written as a string (<c>"id": "1097"</c>) is a string of digits, a record time a string in the spec's format
/// (<c>2015-05-14 10:48:04</c>, not RFC 3339); a property the serializer always writes is required, one it leaves out
/// when empty is optional and never null.
/// </summary>
internal sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property)
        {
            Property(schema, property);
        }
        else
        {
            WrittenNumber(schema);
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
        {
            schema.Required = new HashSet<string>(context.JsonTypeInfo.Properties.Where(p => p.ShouldSerialize is null).Select(p => p.Name));
        }

        return Task.CompletedTask;
    }

    private static void Property(OpenApiSchema schema, JsonPropertyInfo property)
    {
        // Null is written only by a property always written whose converter, if any, leaves null to the serializer.
        var wireText = WireTextConverter(property);
        var converter = wireText is null ? property.CustomConverter : (JsonConverter)Activator.CreateInstance(wireText)!;
        var mayBeNull = schema.Type?.HasFlag(JsonSchemaType.Null) == true || Nullable.GetUnderlyingType(property.PropertyType) is not null
            || (property.AttributeProvider is PropertyInfo declared && new NullabilityInfoContext().Create(declared).ReadState == NullabilityState.Nullable);
        var nullable = mayBeNull && property.ShouldSerialize is null && !HandlesNull(converter);
        var numbers = property.NumberHandling ?? property.DeclaringType.GetCustomAttribute<JsonNumberHandlingAttribute>()?.Handling;
        if (numbers?.HasFlag(JsonNumberHandling.WriteAsString) == true && schema.Type?.HasFlag(JsonSchemaType.Integer) == true)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Pattern = "^-?[0-9]+$";
        }
        else if (wireText is not null)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = null;
            schema.Pattern = (string)wireText.GetProperty(nameof(IWireTextConverter.Pattern))!.GetValue(null)!;
        }
        else
        {
            WrittenNumber(schema);
        }

        if (schema.Type is { } type)
        {
            schema.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
        }
    }

    /// <summary>
    /// A number the serializer writes as a number: it reads one from a string too (the web defaults), which is why the
    /// framework types it as either; the wire only ever carries the number.
    /// </summary>
    private static void WrittenNumber(OpenApiSchema schema)
    {
        if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)) && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>
    /// The converter the property names, when it writes text of its own. Named on a nullable property, the serializer wraps
    /// it, so it is read off the attribute rather than the property's converter.
    /// </summary>
    private static Type? WireTextConverter(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonConverterAttribute), inherit: false)
            .OfType<JsonConverterAttribute>()
            .Select(attribute => attribute.ConverterType)
            .FirstOrDefault(type => type?.IsAssignableTo(typeof(IWireTextConverter)) == true);

    /// <summary>Whether the converter writes null values itself (as text of its own), so the property is never null.</summary>
    private static bool HandlesNull(JsonConverter? converter) =>
        converter?.GetType().GetProperty(nameof(JsonConverter<object>.HandleNull))?.GetValue(converter) is true;
}

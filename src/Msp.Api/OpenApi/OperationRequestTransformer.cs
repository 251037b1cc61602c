using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Api.Http;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Validation;

namespace Msp.Api.OpenApi;

/// <summary>
/// Each parameter of an operation declared once, typed as its request record types it (text, or a wire value's
/// <see cref="WireForm"/>): in the path where the route has it; for an operation documented as GET or DELETE in the
/// query (a secret in a header: never a credential in a URL); otherwise as one body schema, a component named after
/// the operation, offered as form, multipart and JSON. The server still takes any parameter from any source
/// (docs/contract.md §1); the document describes one way, so that generated clients have one.
/// </summary>
internal sealed partial class OperationRequestTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] BodyMediaTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "application/json"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationRequestType>().FirstOrDefault() is not { } request)
        {
            return Task.CompletedTask;
        }

        // A route value keeps the route's own spelling ({userID}), which the path template must match.
        var routeValues = RouteValues().Matches(context.Description.RelativePath ?? "")
            .ToDictionary(m => RequestParameters.Normalize(m.Groups[1].Value), m => m.Groups[1].Value);
        var parameters = RequestShape.Parameters(request.RequestType);
        operation.Parameters = [];
        foreach (var parameter in parameters.Where(p => routeValues.ContainsKey(RequestParameters.Normalize(p.Name!))))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = routeValues[RequestParameters.Normalize(parameter.Name!)],
                In = ParameterLocation.Path,
                Required = true,
                Schema = SchemaOf(parameter),
            });
        }

        var fields = parameters.Where(p => !routeValues.ContainsKey(RequestParameters.Normalize(p.Name!))).ToList();
        if (fields.Count == 0)
        {
            return Task.CompletedTask;
        }

        var method = context.Description.HttpMethod ?? "GET";
        if (HttpMethods.IsGet(method) || HttpMethods.IsDelete(method))
        {
            foreach (var field in fields)
            {
                operation.Parameters.Add(RequestShape.SecretHeader(field) is { } header
                    ? new OpenApiParameter { Name = header, In = ParameterLocation.Header, Schema = SchemaOf(field) }
                    : new OpenApiParameter { Name = WireName(field), In = ParameterLocation.Query, Schema = SchemaOf(field) });
            }

            return Task.CompletedTask;
        }

        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var name = OperationNames.Component(request.Name, "Request");
        document.Components.Schemas[name] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = fields.ToDictionary(WireName, field => (IOpenApiSchema)SchemaOf(field)),
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = false,
            Description = "The operation's parameters, in any of these forms.",
            Content = BodyMediaTypes.ToDictionary(mediaType => mediaType, _ => new OpenApiMediaType { Schema = new OpenApiSchemaReference(name, document) }),
        };
        return Task.CompletedTask;
    }

    /// <summary><c>CurrentPassword</c> → <c>current_password</c>, the spelling most of the spec's parameters use.</summary>
    public static string WireName(ParameterInfo parameter) =>
        string.Concat(parameter.Name!.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Text as text; a wire value as its type documents itself.</summary>
    public static OpenApiSchema SchemaOf(ParameterInfo parameter)
    {
        if (RequestShape.KindOf(parameter) != ParameterKind.WireValue)
        {
            return new OpenApiSchema { Type = JsonSchemaType.String };
        }

        var form = (WireForm)parameter.ParameterType.GetProperty(nameof(IWireValue<WireId>.Form), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return form.Type == WireFormType.WholeNumber
            ? new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = form.Format,
                Minimum = form.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Maximum = form.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
            : new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Pattern = form.Pattern,
                Enum = form.Choices.Count > 0 ? [.. form.Choices.Select(choice => (System.Text.Json.Nodes.JsonNode)choice)] : null,
            };
    }

    [GeneratedRegex(@"\{([^}?:]+)[^}]*\}")]
    private static partial Regex RouteValues();
}

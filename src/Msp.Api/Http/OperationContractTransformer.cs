using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Application.Common.Messaging;
using Msp.Application.Common.Security;

namespace Msp.Api.Http;

/// <summary>
/// Each operation as its request record declares it: the description from the record's summary and its callers,
/// the token schemes where it needs a caller (none where it does not), and, for the methods that carry one, the
/// body its parameters may equally come in as form, multipart or JSON fields (ADR 4).
/// </summary>
internal sealed class OperationContractTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] BodyMediaTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "application/json"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var requestType = context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationRequestType>().FirstOrDefault()?.RequestType;
        if (requestType is null)
        {
            return Task.CompletedTask;
        }

        operation.Description = Description(requestType);
        operation.Security = typeof(IAuthenticatedRequest).IsAssignableFrom(requestType)
            ? [.. TokenSchemes().Select(scheme => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] })]
            : [];
        if (!HttpMethods.IsGet(context.Description.HttpMethod ?? "GET"))
        {
            operation.RequestBody = Body(requestType);
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> TokenSchemes() =>
    [
        ContractDocumentTransformer.BearerScheme, ContractDocumentTransformer.QueryTokenScheme,
        ContractDocumentTransformer.HeaderTokenScheme, ContractDocumentTransformer.CookieScheme,
    ];

    private static string Description(Type requestType)
    {
        var summary = RequestSummaries.Of(requestType) ?? requestType.Name;
        var callers = StaticCallers(requestType, nameof(IRestrictedRequest.Callers)) ?? StaticCallers(requestType, nameof(ITargetUserRequest.TargetReach));
        return callers is { } allowed ? $"{summary}\n\nCallers: {Describe(allowed)}." : summary;
    }

    private static AllowedCallers? StaticCallers(Type requestType, string property) =>
        requestType.GetProperty(property, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as AllowedCallers?;

    private static string Describe(AllowedCallers callers) => string.Join(", ", new[]
    {
        (AllowedCallers.Self, "end users (themselves)"),
        (AllowedCallers.Partner, "partner admins (their BP)"),
        (AllowedCallers.Service, "services (their subscribers)"),
        (AllowedCallers.Admin, "the msp admin"),
    }.Where(kind => callers.HasFlag(kind.Item1)).Select(kind => kind.Item2));

    private static OpenApiRequestBody Body(Type requestType)
    {
        var fields = OperationParametersTransformer.WireNames(requestType).Append(CredentialReader.AccessTokenName).Distinct().ToList();
        return new OpenApiRequestBody
        {
            Required = false,
            Description = "The operation's parameters, as an alternative to the query.",
            Content = BodyMediaTypes.ToDictionary(
                mediaType => mediaType,
                mediaType => new OpenApiMediaType { Schema = FieldsSchema(fields, asText: mediaType != "application/json") }),
        };
    }

    /// <summary>Form fields are text; in JSON a field may be a string, a number or a boolean, as clients send them.</summary>
    private static OpenApiSchema FieldsSchema(IEnumerable<string> fields, bool asText) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = fields.ToDictionary(
            field => field,
            field => (IOpenApiSchema)new OpenApiSchema
            {
                Type = asText ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Number | JsonSchemaType.Boolean,
            }),
    };
}

using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Application.Common.Messaging;

namespace Msp.Api.Http;

/// <summary>The request record an operation's parameters bind to, kept on its endpoint for the OpenAPI document.</summary>
internal sealed record OperationRequestType(Type RequestType);

/// <summary>
/// Operations read their parameters themselves (any source, see ADR 4), so the framework cannot describe them;
/// this lists each request record's parameters in the OpenAPI document, as query parameters that may equally be
/// sent as form or JSON fields, plus the access token.
/// </summary>
internal sealed partial class OperationParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var requestType = context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationRequestType>().FirstOrDefault()?.RequestType;
        if (requestType is null)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        var routeValues = RouteValues().Matches(context.Description.RelativePath ?? "").Select(m => m.Groups[1].Value).ToArray();
        foreach (var routeValue in routeValues)
        {
            operation.Parameters.Add(Parameter(routeValue, ParameterLocation.Path, required: true, "Part of the path."));
        }

        operation.Parameters.Add(Parameter(
            CredentialReader.AccessTokenName, ParameterLocation.Query, required: false, "Or Authorization: Bearer, an access_token header, or the login cookie."));
        var names = WireNames(requestType)
            .Where(name => !routeValues.Any(r => RequestParameters.Normalize(r) == RequestParameters.Normalize(name)));
        foreach (var name in names)
        {
            operation.Parameters.Add(Parameter(
                name, ParameterLocation.Query, required: false, "Also accepted as a form or JSON field; case and underscores do not matter."));
        }

        return Task.CompletedTask;
    }

    /// <summary>The request record's parameters under their wire names.</summary>
    public static IEnumerable<string> WireNames(Type requestType) => RequestShape.ParameterNames(requestType).Select(WireName);

    private static OpenApiParameter Parameter(string name, ParameterLocation location, bool required, string description) => new()
    {
        Name = name,
        In = location,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    /// <summary><c>CurrentPassword</c> → <c>current_password</c>, the spelling most of the spec's parameters use.</summary>
    private static string WireName(string parameterName) =>
        string.Concat(parameterName.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([^}?:]+)[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RouteValues();
}

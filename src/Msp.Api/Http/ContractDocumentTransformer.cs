using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Msp.Api.Http;

/// <summary>
/// What the document says as a whole: the API's name and version as clients know it, each module's tag described,
/// and the ways an access token may be carried (CONTRACT.md §1). The one server is the host the document is served
/// from ("/"), so the document holds for any deployment.
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";
    public const string QueryTokenScheme = "accessTokenQuery";
    public const string HeaderTokenScheme = "accessTokenHeader";
    public const string CookieScheme = "loginCookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "MSP Integration API",
            Version = "0.2",
            Description = """
                The hub between residents' devices (set-top boxes, phones, tablets), the business partners that house them
                and the service providers that serve them. Wire-compatible with the streamnow MSP Integration API v0.2:
                every documented path, parameter, status code and body. Parameters may be sent in the query, as form or
                multipart fields or as JSON; their names ignore case and underscores.
                """,
            Contact = new OpenApiContact { Name = "MSP platform team" },
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-streamnow-proprietary" },
        };
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host this document is served from." }];
        document.Tags = new HashSet<OpenApiTag>(
            context.DescriptionGroups
                .SelectMany(group => group.Items)
                .SelectMany(description => description.ActionDescriptor.EndpointMetadata.OfType<ModuleTag>())
                .DistinctBy(tag => tag.Name)
                .Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The access token from /auth/login or /refreshToken, as Authorization: Bearer.",
            },
            [QueryTokenScheme] = ApiKey(ParameterLocation.Query, "access_token", "The access token as the access_token parameter (query, form or JSON)."),
            [HeaderTokenScheme] = ApiKey(ParameterLocation.Header, "access_token", "The access token as an access_token header."),
            [CookieScheme] = ApiKey(ParameterLocation.Cookie, HttpSessionCookie.Name, "The session cookie /auth/login sets."),
        };
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme ApiKey(ParameterLocation location, string name, string description) => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = location,
        Name = name,
        Description = description,
    };
}

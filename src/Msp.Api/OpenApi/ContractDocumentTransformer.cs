using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

using Msp.Api.Http;

namespace Msp.Api.OpenApi;

/// <summary>
/// What the document says as a whole: the API's name and version as clients know it, each module's tag described,
/// and the ways an access token may be carried (docs/contract.md §1). The server is the address the document was fetched
/// from (behind a trusted proxy, the address the client used), so a generated client points where its document came from.
/// </summary>
internal sealed class ContractDocumentTransformer(IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";
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
                every documented path, parameter, status code and body.

                Each operation's parameters are documented once: in the query for GET and DELETE, as one body (form,
                multipart or JSON) otherwise. For clients written against the vendor's spec the server also takes any
                parameter from any of those sources, names in any case and with or without underscores, and the access
                token as an `access_token` query or form parameter; new clients send the token as `Authorization: Bearer`.
                When a request carries both the login cookie and a token, the token wins.
                """,
            Contact = new OpenApiContact { Name = "MSP platform team" },
            License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-streamnow-proprietary" },
        };
        document.Servers = [new OpenApiServer { Url = ServerUrl(), Description = "The address this document was served from." }];
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
            [HeaderTokenScheme] = ApiKey(ParameterLocation.Header, "access_token", "The access token as an access_token header."),
            [CookieScheme] = ApiKey(ParameterLocation.Cookie, HttpSessionCookie.Name, "The session cookie /auth/login sets."),
        };
        return Task.CompletedTask;
    }

    private string ServerUrl() =>
        http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : "/";

    private static OpenApiSecurityScheme ApiKey(ParameterLocation location, string name, string description) => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = location,
        Name = name,
        Description = description,
    };
}

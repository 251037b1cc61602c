namespace Msp.Api.Http;

/// <summary>The <c>Api</c> section.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Add spec 2.2.4's <c>errors</c> array (every failed rule) beside a validation failure's documented fields.
    /// Off by default: existing clients compare the documented bodies as they are.
    /// </summary>
    public bool IncludeErrorDetails { get; set; }

    /// <summary>Serve the OpenAPI document (<c>/openapi/v1.json</c>) and its Scalar reference; on in Development.</summary>
    public bool PublishReference { get; set; }
}

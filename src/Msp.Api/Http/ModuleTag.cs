namespace Msp.Api.Http;

/// <summary>A module's tag in the OpenAPI document, with the description that is declared where the module maps its routes.</summary>
internal sealed record ModuleTag(string Name, string Description);

internal static class ModuleTagRouteBuilder
{
    /// <summary>The group a module maps its operations on: tagged with the module's name and described.</summary>
    public static RouteGroupBuilder MapModule(this IEndpointRouteBuilder app, string name, string description) =>
        app.MapGroup("").WithTags(name).WithMetadata(new ModuleTag(name, description));
}

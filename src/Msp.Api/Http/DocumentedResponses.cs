using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>
/// One answer an operation documents: its status, its content type and, for JSON, the exact body as the example.
/// Failures are taken from the module catalogue itself, so the document cannot drift from what is sent.
/// </summary>
internal sealed record DocumentedResponse(int Status, string ContentType, string Name, string? Example)
{
    public static DocumentedResponse Json(int status, string name, string body) => new(status, "application/json", name, body);

    public static DocumentedResponse Failure(string name, ApiError error) => Json(error.Status, name, error.Body);

    public static DocumentedResponse File(string contentType) => new(200, contentType, contentType, null);
}

internal static class DocumentedResponseConventions
{
    /// <summary>Documents the operation's answers in the OpenAPI document (bodies as examples, files as binary content).</summary>
    public static IEndpointConventionBuilder Answers(this IEndpointConventionBuilder builder, IReadOnlyList<DocumentedResponse> responses) =>
        builder.WithMetadata(new DocumentedResponses(responses));
}

internal sealed record DocumentedResponses(IReadOnlyList<DocumentedResponse> Responses);

/// <summary>Writes an operation's <see cref="DocumentedResponses"/> into its OpenAPI entry, one response per status.</summary>
internal sealed class DocumentedResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var documented = context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedResponses>().FirstOrDefault();
        if (documented is null)
        {
            return Task.CompletedTask;
        }

        operation.Responses = [];
        foreach (var status in documented.Responses.GroupBy(r => r.Status))
        {
            var response = new OpenApiResponse { Description = string.Join("; ", status.Select(r => r.Name)), Content = new Dictionary<string, OpenApiMediaType>() };
            foreach (var type in status.GroupBy(r => r.ContentType))
            {
                response.Content[type.Key] = type.First().Example is null
                    ? new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }
                    : new OpenApiMediaType
                    {
                        Examples = type.ToDictionary(
                            r => r.Name,
                            r => (IOpenApiExample)new OpenApiExample { Summary = r.Name, Value = JsonNode.Parse(r.Example!) }),
                    };
            }

            operation.Responses[status.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        return Task.CompletedTask;
    }
}

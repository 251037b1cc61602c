using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Msp.Application.Common.Results;

namespace Msp.Api.Http;

/// <summary>
/// An operation's documented answers in the OpenAPI document, each with the spec's body as its example: the success,
/// every documented failure (grouped by status: spec 9 answers <c>id not found</c> with a 200 too) and the one 500.
/// </summary>
internal static class DocumentedAnswers
{
    private const string Json = "application/json";

    public static IEndpointConventionBuilder Answers(this IEndpointConventionBuilder builder, string successJson, params ApiError[] failures) =>
        builder.Document(successJson, failures);

    /// <summary>A JPEG on success (spec 7.2, 9.4).</summary>
    public static IEndpointConventionBuilder AnswersJpeg(this IEndpointConventionBuilder builder, params ApiError[] failures) =>
        builder.Document(null, failures);

    private static IEndpointConventionBuilder Document(this IEndpointConventionBuilder builder, string? successJson, ApiError[] failures) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var bodies = failures.Append(ApiError.Unexpected).Select(failure => (failure.Status, failure.Body)).ToList();
            if (successJson is not null)
            {
                bodies.Insert(0, (200, successJson));
            }

            operation.Responses = new OpenApiResponses();
            foreach (var status in bodies.Select(b => b.Status).Append(200).Distinct().Order())
            {
                var response = new OpenApiResponse { Description = "As documented", Content = new Dictionary<string, OpenApiMediaType>() };
                if (status == 200 && successJson is null)
                {
                    response.Content["image/jpeg"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }

                var examples = bodies.Where(b => b.Status == status).Select(b => b.Body).Distinct().ToList();
                if (examples.Count > 0)
                {
                    response.Content[Json] = new OpenApiMediaType
                    {
                        Examples = examples.Select((body, i) => (body, i)).ToDictionary(
                            e => e.i == 0 ? "documented" : $"documented {e.i + 1}",
                            e => (IOpenApiExample)new OpenApiExample { Value = JsonNode.Parse(e.body) }),
                    };
                }

                operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = response;
            }

            return Task.CompletedTask;
        });
}

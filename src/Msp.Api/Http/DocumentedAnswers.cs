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
        builder.Document(new Successes([successJson]), failures);

    /// <summary>An operation with several successful bodies (logout's "Logout OK", checkHardware's "OK" and "KO").</summary>
    public static IEndpointConventionBuilder Answers(this IEndpointConventionBuilder builder, string[] successJson, params ApiError[] failures) =>
        builder.Document(new Successes(successJson), failures);

    /// <summary>A JPEG on success (spec 5.2, 5.5, 7.2, 9.4).</summary>
    public static IEndpointConventionBuilder AnswersJpeg(this IEndpointConventionBuilder builder, params ApiError[] failures) =>
        builder.AnswersFile("image/jpeg", failures);

    /// <summary>A file of <paramref name="contentType"/> on success, streamed (getDocInfo's PDF).</summary>
    public static IEndpointConventionBuilder AnswersFile(this IEndpointConventionBuilder builder, string contentType, params ApiError[] failures) =>
        builder.Document(new Successes([], File: contentType, FileStatuses: [200]), failures);

    /// <summary>JSON, or a file of <paramref name="contentType"/> when the client asks for it (getInvoice's PDF).</summary>
    public static IEndpointConventionBuilder AnswersJsonOrFile(this IEndpointConventionBuilder builder, string successJson, string contentType, params ApiError[] failures) =>
        builder.Document(new Successes([successJson], File: contentType, FileStatuses: [200]), failures);

    /// <summary>An HTML page (the reset link's), at the statuses the page is answered with, beside JSON answers.</summary>
    public static IEndpointConventionBuilder AnswersPage(this IEndpointConventionBuilder builder, int[] pageStatuses, string[] successJson, params ApiError[] failures) =>
        builder.Document(new Successes(successJson, File: "text/html", FileStatuses: pageStatuses), failures);

    private static IEndpointConventionBuilder Document(this IEndpointConventionBuilder builder, Successes successes, ApiError[] failures) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var bodies = successes.Json.Select(body => (Status: 200, Body: body))
                .Concat(failures.Append(ApiError.Unexpected).Select(failure => (failure.Status, failure.Body)))
                .ToList();

            operation.Responses = new OpenApiResponses();
            foreach (var status in bodies.Select(b => b.Status).Concat(successes.FileStatuses).Append(200).Distinct().Order())
            {
                var response = new OpenApiResponse { Description = "As documented", Content = new Dictionary<string, OpenApiMediaType>() };
                if (status == ApiError.TooManyRequests.Status)
                {
                    response.Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["Retry-After"] = new OpenApiHeader
                        {
                            Description = "Seconds to wait before trying again.",
                            Required = true,
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                        },
                    };
                }

                if (successes.File is { } file && successes.FileStatuses.Contains(status))
                {
                    response.Content[file] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = file == "text/html" ? null : "binary" },
                    };
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

    /// <summary>What an operation answers when it succeeds: JSON bodies, and a file or page at some statuses.</summary>
    private sealed record Successes(string[] Json, string? File = null, int[]? FileStatuses = null)
    {
        public int[] FileStatuses { get; } = FileStatuses ?? [];
    }
}

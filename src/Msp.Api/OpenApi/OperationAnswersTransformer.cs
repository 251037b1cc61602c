using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Msp.Api.Http;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;

namespace Msp.Api.OpenApi;

/// <summary>
/// Every answer an operation gives, per status, with its schema and the spec's bodies as examples: the success typed
/// from what the handler returns (<c>Result&lt;T&gt;</c>), each documented failure typed from its body, the one 500,
/// and the 413 of a body over the limit. Where several shapes share a status (a 200 that carries a failure, as the
/// spec has many), the status's schema is their union; a failure that is already an instance of the success type
/// adds nothing to it.
/// </summary>
internal sealed class OperationAnswersTransformer : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<OperationAnswers>().FirstOrDefault() is not { } answers
            || metadata.OfType<OperationRequestType>().FirstOrDefault() is not { } request)
        {
            return;
        }

        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var shapes = new BodyShapes(document);
        var success = answers.Successes.Count == 0 ? null : await SuccessSchemaAsync(request, answers, shapes, context, cancellationToken);
        if (success is not null)
        {
            shapes.Complete(success, JsonNode.Parse(answers.Successes[0]));
        }

        var bodies = answers.Successes.SelectMany(json => SuccessExamples(json, success, document).Select(example => new Body(200, example, success!)))
            .Concat(answers.Failures.Append(ApiError.Unexpected).Append(FallbackResponses.PayloadTooLarge)
                .Select(failure => new Body(failure.Status, failure.Body, shapes.OfFailure(failure.Body))))
            .ToList();

        operation.Responses = new OpenApiResponses();
        foreach (var status in bodies.Select(b => b.Status).Concat(answers.FileStatuses).Append(200).Distinct().Order())
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = Response(status, bodies.Where(b => b.Status == status).ToList(), answers, success, shapes, document);
        }
    }

    private static OpenApiResponse Response(int status, List<Body> bodies, OperationAnswers answers, IOpenApiSchema? success, BodyShapes shapes, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = ReasonPhrases.GetReasonPhrase(status),
            Content = new Dictionary<string, OpenApiMediaType>(),
        };
        if (answers.File is { } file && answers.FileStatuses.Contains(status))
        {
            response.Content[file] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = file == "text/html" ? null : "binary" },
            };
        }

        if (bodies.Count > 0)
        {
            // A failure the success type already declares whole (every property of it) is an instance of that type.
            var members = bodies
                .Where(body => status != StatusCodes.Status200OK || success is null || body.Schema == success
                    || !SchemaAcceptance.Declares(success, JsonNode.Parse(body.Json), document))
                .Select(body => shapes.Use(body.Schema))
                .DistinctBy(SchemaKey)
                .ToList();
            response.Content[Json] = new OpenApiMediaType
            {
                Schema = members.Count == 1 ? members[0] : new OpenApiSchema { AnyOf = members },
                Examples = bodies.Select(b => b.Json).Distinct().Select((json, i) => (json, i)).ToDictionary(
                    e => e.i == 0 ? "documented" : $"documented {e.i + 1}",
                    e => (IOpenApiExample)new OpenApiExample { Value = JsonNode.Parse(e.json) }),
            };
        }

        if (status == StatusCodes.Status429TooManyRequests)
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

        if (status == StatusCodes.Status200OK && success is not null && IsBareList(answers, success))
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["X-Total-Count"] = new OpenApiHeader
                {
                    Description = "The number of rows in the whole list, when offset or limit was given.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" },
                },
            };
        }

        return response;
    }

    /// <summary>
    /// The handler's success type as the wire carries it: a bare list is its array, a relay the upstream's object, an
    /// always-empty list an array of nothing; anything else the type itself.
    /// </summary>
    private static async Task<IOpenApiSchema> SuccessSchemaAsync(
        OperationRequestType request, OperationAnswers answers, BodyShapes shapes, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var type = answers.JsonType ?? ResultType(request.RequestType);
        if (type == typeof(JsonElement))
        {
            return shapes.OfRelay(OperationNames.Component(request.Name, "Answer"), answers.Successes[0]);
        }

        if (type == typeof(HtmlPage) || type == typeof(BinaryContent))
        {
            return shapes.OfFailure(answers.Successes[0]);
        }

        if (type == typeof(IReadOnlyList<object>))
        {
            // sendPush*'s "[]": always empty, so any item type is true; a string keeps generated clients from "unknown".
            return new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 0, Items = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BareList<>))
        {
            var items = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = TypeComponents.Register(items, context.Document!) };
        }

        return TypeComponents.Register(await context.GetOrCreateSchemaAsync(type, null, cancellationToken), context.Document!);
    }

    /// <summary>A paged list's body as the spec prints it, and as it comes when offset or limit is given (with its iterator).</summary>
    private static IEnumerable<string> SuccessExamples(string json, IOpenApiSchema? success, OpenApiDocument document)
    {
        yield return json;
        if (JsonNode.Parse(json) is JsonObject { } body && body["data"] is JsonArray data && !body.ContainsKey("iterator")
            && success is OpenApiSchemaReference { Reference.Id: { } id } && id.StartsWith("DataListOf", StringComparison.Ordinal)
            && document.Components?.Schemas?.ContainsKey(id) != false)
        {
            body["iterator"] = new JsonObject { ["existsPrev"] = false, ["existsNext"] = false, ["count"] = data.Count };
            yield return body.ToJsonString();
        }
    }

    private static bool IsBareList(OperationAnswers answers, IOpenApiSchema success) =>
        answers.JsonType is null && success is OpenApiSchema { Type: JsonSchemaType.Array, MaxItems: null };

    private static Type ResultType(Type requestType) =>
        requestType.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0]
            .GetGenericArguments()[0];

    private static string SchemaKey(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference ? "#" + reference.Reference.Id : System.Text.Json.JsonSerializer.Serialize(schema.Type) + schema.GetHashCode();

    private sealed record Body(int Status, string Json, IOpenApiSchema Schema);
}

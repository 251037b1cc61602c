using System.Globalization;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Robustness;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// The published OpenAPI document is true to every answer: each failure body an operation's folder documents (the
/// answers the hostile requests hold the API to, <see cref="DocumentedAnswers"/>) is in the route's OpenAPI entry, under
/// its status, as an example; so a validating proxy between a client and the API finds no contradiction.
/// </summary>
public sealed class OpenApiAnswersTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Every_documented_answer_of_every_route_is_an_example_in_its_OpenAPI_entry()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));
        var missing = new List<string>();
        foreach (var route in RouteCatalogue.Discover(Api.Services))
        {
            var path = route.Pattern.Replace("?}", "}", StringComparison.Ordinal);
            if (document["paths"]![path]?.AsObject() is not { } operations)
            {
                missing.Add($"{path}: not in the document");
                continue;
            }

            // A path whose methods are different operations (the reset link's page) documents each answer under one of them.
            var responses = operations.Select(o => o.Value!["responses"]!.AsObject()).ToArray();
            missing.AddRange(responses.Where(r => !r.ContainsKey("200")).Select(_ => $"{path}: an operation that documents no success"));
            var failures = route.Operations.Where(o => o.Answers is not null).SelectMany(o => o.Answers!.Failures).Distinct();
            missing.AddRange(failures
                .Where(failure => !responses.Any(r =>
                    r[failure.Status.ToString(CultureInfo.InvariantCulture)]?["content"]?["application/json"]?["examples"]?.AsObject() is { } examples
                    && examples.Any(e => JsonNode.DeepEquals(e.Value!["value"], JsonNode.Parse(failure.Body)))))
                .Select(failure => $"{path}: {failure.Status} {failure.Body}"));
        }

        Assert.True(missing.Count == 0, $"Not documented:\n{string.Join('\n', missing)}");
    }
}

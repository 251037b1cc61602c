using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Robustness;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// The published OpenAPI document is true to every answer: each body a route can answer (the sweep's table of
/// documented answers, which the hostile requests hold the API to) is in the route's OpenAPI entry, under its status,
/// as an example; so a validating proxy between a client and the API finds no contradiction.
/// </summary>
public sealed class OpenApiAnswersTests(MspApiFactory api) : ApiTest(api)
{
    public static TheoryData<string> Patterns => new(DocumentedAnswers.FailuresByPattern.Select(r => r.Pattern).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task Every_documented_answer_of_the_route_is_an_example_in_its_OpenAPI_entry(string pattern)
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));
        var path = pattern.Replace("?}", "}", StringComparison.Ordinal);
        var operations = document["paths"]![path]?.AsObject();
        Assert.True(operations is not null, $"{path} is not in the OpenAPI document");

        // A path whose methods are different operations (the reset link's page) documents each answer under one of them.
        var responses = operations!.Select(o => o.Value!["responses"]!.AsObject()).ToArray();
        Assert.All(responses, r => Assert.True(r.ContainsKey("200"), $"{path} has an operation that documents no success"));
        var missing = new List<string>();
        foreach (var (status, body) in DocumentedAnswers.FailuresByPattern.Single(r => r.Pattern == pattern).Failures)
        {
            var documented = responses.Any(r =>
                r[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/json"]?["examples"]?.AsObject() is { } examples
                && examples.Any(e => JsonNode.DeepEquals(e.Value!["value"], JsonNode.Parse(body))));
            if (!documented)
            {
                missing.Add($"{status} {body}");
            }
        }

        Assert.True(missing.Count == 0, $"{path} does not document:\n{string.Join('\n', missing)}");
    }
}

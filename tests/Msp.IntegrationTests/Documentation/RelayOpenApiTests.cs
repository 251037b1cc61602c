using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Upstreams;

namespace Msp.IntegrationTests.Documentation;

/// <summary>The relays of spec 7–9 are documented with the spec's bodies as examples.</summary>
public sealed class RelayOpenApiTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Every_documented_body_is_an_example()
    {
        var paths = (await ReadJson(await Client.GetAsync("/openapi/v1.json")))["paths"]!;

        var search = paths["/getRestaurant"]!["get"]!["responses"]!;
        AssertExamples(search["200"]!, RelayWire.Example("Lunchgate", "search"));
        AssertExamples(search["401"]!, RelayWire.BadParameters);
        AssertExamples(search["400"]!, RelayWire.Unauthorized);
        AssertExamples(search["500"]!, RelayWire.SomethingWentWrong);

        AssertExamples(paths["/myvpn/setCamServiceByUser"]!["post"]!["responses"]!["200"]!, RelayWire.Example("MyVpn", "set"), RelayWire.IdNotFound);
        AssertExamples(paths["/myentertainment/getCredentials"]!["get"]!["responses"]!["200"]!, RelayWire.Example("MyEntertainment", "credentials"));
        Assert.NotNull(paths["/myentertainment/getContactAvatar"]!["get"]!["responses"]!["200"]!["content"]!["image/jpeg"]);
        Assert.NotNull(paths["/myvpn/getContactAvatar"]!["get"]!["responses"]!["200"]!["content"]!["image/jpeg"]);
    }

    private static void AssertExamples(JsonNode response, params string[] bodies)
    {
        var examples = response["content"]!["application/json"]!["examples"]!.AsObject().Select(e => e.Value!["value"]!).ToArray();
        Assert.Equal(bodies.Length, examples.Length);
        Assert.All(bodies.Zip(examples), pair => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(pair.First), pair.Second), $"Expected {pair.First}\nActual   {pair.Second.ToJsonString()}"));
    }
}

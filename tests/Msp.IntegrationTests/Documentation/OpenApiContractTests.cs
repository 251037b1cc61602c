using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// What a client generator or a validating proxy reads beyond the answers: the API's name, each module described,
/// each operation described with its callers, the token schemes where a caller is needed and none where not, and a
/// body declared (form, multipart, JSON) wherever the documented method carries one. scripts/lint-openapi.sh runs
/// Redocly and Spectral over the same document.
/// </summary>
public sealed class OpenApiContractTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task The_document_names_the_API_describes_every_tag_and_defines_the_token_schemes()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        Assert.Equal("MSP Integration API", document["info"]!["title"]!.GetValue<string>());
        Assert.Equal("0.2", document["info"]!["version"]!.GetValue<string>());
        Assert.NotNull(document["info"]!["license"]);
        var used = Operations(document).SelectMany(o => o.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet();
        var described = document["tags"]!.AsArray().Where(t => !string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>()))
            .Select(t => t!["name"]!.GetValue<string>()).ToHashSet();
        Assert.Subset(described, used);
        Assert.Equal(
            ["accessTokenHeader", "accessTokenQuery", "bearer", "loginCookie"],
            document["components"]!["securitySchemes"]!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_is_described_and_says_whether_it_needs_a_token()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        Assert.All(Operations(document), o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["description"]?.GetValue<string>()), $"{o.Method} {o.Path} has no description");
            Assert.NotNull(o.Operation["security"]);
        });
        Assert.Empty(Operation(document, "/auth/login", "post")["security"]!.AsArray());
        Assert.Equal(4, Operation(document, "/getActiveUsers", "post")["security"]!.AsArray().Count);
        Assert.Equal(
            "Spec 6.7: whether an ISG, named by its MAC, is registered at the address of the given OTO.\n\nCallers: services (their subscribers), the msp admin.",
            Operation(document, "/checkHardware", "get")["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_operation_with_a_body_declares_it_as_form_multipart_and_JSON()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        Assert.All(Operations(document).Where(o => o.Method != "get"), o =>
        {
            var content = o.Operation["requestBody"]?["content"]?.AsObject();
            Assert.True(content is not null, $"{o.Method} {o.Path} declares no body");
            Assert.Equal(["application/x-www-form-urlencoded", "multipart/form-data", "application/json"], content!.Select(c => c.Key));
        });
        var login = Operation(document, "/auth/login", "post")["requestBody"]!["content"]!["application/x-www-form-urlencoded"]!["schema"]!["properties"]!.AsObject();
        Assert.Equal(["email", "password", "uid", "source", "access_token"], login.Select(p => p.Key));
    }

    private static JsonNode Operation(JsonNode document, string path, string method) => document["paths"]![path]![method]!;

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));
}

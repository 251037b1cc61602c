using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// What a client generator or a validating proxy reads beyond the answers: the API's name, each module described,
/// each operation described with its callers, the token schemes where a caller is needed and none where not, and each
/// parameter declared once: in the query for GET and DELETE, as one body (form, multipart, JSON) otherwise, never a
/// credential in a URL. scripts/lint-openapi.sh runs Redocly and Spectral over the same document.
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
            ["accessTokenHeader", "bearer", "loginCookie"],
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
        Assert.Equal(3, Operation(document, "/getActiveUsers", "post")["security"]!.AsArray().Count);
        Assert.Equal(
            "Spec 6.7: whether an ISG, named by its MAC, is registered at the address of the given OTO.\n\nCallers: services (their subscribers), the msp admin.",
            Operation(document, "/checkHardware", "get")["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_parameter_is_declared_once_in_the_query_for_GET_and_DELETE_or_in_one_body_offered_three_ways()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        Assert.All(Operations(document), o =>
        {
            var parameters = o.Operation["parameters"]?.AsArray().Select(p => (Name: p!["name"]!.GetValue<string>(), In: p["in"]!.GetValue<string>())).ToList() ?? [];
            var content = o.Operation["requestBody"]?["content"]?.AsObject();
            if (o.Method is "get" or "delete")
            {
                Assert.True(content is null, $"{o.Method} {o.Path} declares a body");
            }
            else
            {
                Assert.DoesNotContain(parameters, p => p.In == "query");
                if (content is not null)
                {
                    Assert.Equal(["application/x-www-form-urlencoded", "multipart/form-data", "application/json"], content.Select(c => c.Key));
                    Assert.Single(content.Select(c => c.Value!["schema"]!["$ref"]!.GetValue<string>()).Distinct());
                }
            }

            var names = parameters.Select(p => p.Name).Concat(BodyFields(document, content)).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.DoesNotContain("access_token", names);
        });
    }

    [Fact]
    public async Task No_password_token_or_secret_is_declared_in_a_URL()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        var inUrls = Operations(document)
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]!.GetValue<string>() == "query")
            .Select(p => p!["name"]!.GetValue<string>())
            .Where(name => name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase)
                || name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name is "uid")
            .ToList();
        Assert.Equal(["device_token"], inUrls.Distinct());
        var refresh = Operation(document, "/refreshToken", "get")["parameters"]!.AsArray().Single();
        Assert.Equal(("Refresh-Token", "header"), (refresh!["name"]!.GetValue<string>(), refresh["in"]!.GetValue<string>()));
    }

    private static IEnumerable<string> BodyFields(JsonNode document, JsonObject? content) =>
        content?.First().Value!["schema"]!["$ref"]!.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!["properties"]!.AsObject().Select(p => p.Key)
            : [];

    private static JsonNode Operation(JsonNode document, string path, string method) => document["paths"]![path]![method]!;

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (p.Key, o.Key, o.Value!)));
}

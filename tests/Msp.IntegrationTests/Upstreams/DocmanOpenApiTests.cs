using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>The OpenAPI entries of the Docman routes carry their documented bodies, and those are what the routes answer.</summary>
public sealed class DocmanOpenApiTests(MspApiFactory api) : ApiTest(api)
{
    [Theory]
    [InlineData("")]
    [InlineData("/sw")]
    public async Task Examples_are_the_documented_bodies_and_files_are_binary_content(string prefix)
    {
        var paths = (await ReadJson(await Client.GetAsync("/openapi/v1.json")))["paths"]!;

        AssertExample(paths[prefix + "/getContact"]!["get"]!, "200", DocmanWire.Contacts);
        AssertExample(paths[prefix + "/getContact"]!["get"]!, "400", DocmanWire.Unauthorized);
        AssertExample(paths[prefix + "/getContact"]!["get"]!, "500", DocmanWire.SomethingWentWrong);
        AssertExample(paths[prefix + "/getContactAvatar"]!["get"]!, "200", DocmanWire.ContactNotSet);
        AssertExample(paths[prefix + "/getContactAvatar"]!["get"]!, "200", DocmanWire.NotManagerId);
        AssertExample(paths[prefix + "/getContactAvatar"]!["get"]!, "400", DocmanWire.AvatarUnauthorized);
        AssertExample(paths[prefix + "/getDocInfo"]!["post"]!, "200", DocmanWire.DocIdNotCorrect);
        AssertExample(paths[prefix + "/getDocInfo"]!["post"]!, "200", DocmanWire.FileNotFound);
        AssertExample(paths[prefix + "/getImage"]!["get"]!, "200", DocmanWire.ItemIdNotCorrect);
        AssertExample(paths[prefix + "/getDocsInfo"]!["post"]!, "200", DocmanWire.SandboxTrees);
        AssertExample(paths[prefix + "/getNotifications"]!["post"]!, "200", DocmanWire.SandboxNotifications);
        AssertBinary(paths[prefix + "/getContactAvatar"]!["get"]!, "image/jpeg");
        AssertBinary(paths[prefix + "/getImage"]!["get"]!, "image/jpeg");
        AssertBinary(paths[prefix + "/getDocInfo"]!["post"]!, "application/pdf");

        // The 200 examples are what a subscriber gets (here from the sandbox).
        var token = await TokenOf("jorge");
        using var request = new HttpRequestMessage(HttpMethod.Get, prefix + "/getContact");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await AssertBody(await Client.SendAsync(request), HttpStatusCode.OK, DocmanWire.Contacts);
    }

    private static void AssertExample(JsonNode operation, string status, string body)
    {
        var examples = operation["responses"]![status]!["content"]!["application/json"]!["examples"]!.AsObject();
        Assert.True(examples.Any(e => JsonNode.DeepEquals(JsonNode.Parse(body), e.Value!["value"])), $"{status}: {body} is not among {examples.ToJsonString()}");
    }

    private static void AssertBinary(JsonNode operation, string contentType)
    {
        var schema = operation["responses"]!["200"]!["content"]![contentType]!["schema"]!;
        Assert.Equal("string", schema["type"]!.GetValue<string>());
        Assert.Equal("binary", schema["format"]!.GetValue<string>());
    }
}

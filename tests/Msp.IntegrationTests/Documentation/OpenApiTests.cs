using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

public sealed class OpenApiTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task The_document_lists_every_operation_once_with_its_parameters()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));
        var paths = document["paths"]!.AsObject();

        var operationNames = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .SelectMany(e => OperationIds(MethodName(e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName), e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods))
            .ToList();
        var documented = paths.SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["operationId"]!.GetValue<string>())).ToList();
        Assert.Equal(operationNames.Order(), documented.Order());
        Assert.Contains("login", documented);
        Assert.Contains("getUserInfo", documented);
        Assert.Contains("addressList", documented);

        Assert.Empty(ParameterNames(paths["/auth/login"]!["post"]!));
        Assert.Equal(["email", "password", "uid", "source"], document["components"]!["schemas"]!["LoginRequest"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["userID"], ParameterNames(paths["/users/active/{userID}"]!["put"]!));
        Assert.Equal("path", paths["/users/active/{userID}"]!["put"]!["parameters"]![0]!["in"]!.GetValue<string>());
        Assert.Equal(["user_id", "offset", "limit"], ParameterNames(paths["/address/list"]!["get"]!));
    }

    [Theory]
    [InlineData("/getDocInfo")]
    [InlineData("/sw/getDocInfo")]
    public async Task GetDocInfo_is_documented_under_both_of_its_methods_with_the_same_answers(string path)
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));
        var operations = document["paths"]![path]!.AsObject();

        Assert.Equal(["post", "get"], operations.Select(o => o.Key));
        var body = operations["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1];
        Assert.Equal(document["components"]!["schemas"]![body]!["properties"]!.AsObject().Select(p => p.Key), ParameterNames(operations["get"]!));
        Assert.Equal(operations["post"]!["responses"]!.ToJsonString(), operations["get"]!["responses"]!.ToJsonString());
        Assert.Equal(operations["post"]!["operationId"]!.GetValue<string>() + "Get", operations["get"]!["operationId"]!.GetValue<string>());
    }

    /// <summary>One id per documented method; the methods after the first carry theirs as a suffix.</summary>
    private static IEnumerable<string> OperationIds(string name, IReadOnlyList<string> methods) =>
        methods.Select((method, i) => i == 0 ? name : name + char.ToUpperInvariant(method[0]) + method[1..].ToLowerInvariant());

    /// <summary>The request record's name as a method name: <c>GetUserInfoQuery</c> → <c>getUserInfo</c>.</summary>
    private static string MethodName(string requestType)
    {
        var name = requestType.EndsWith("Query", StringComparison.Ordinal) ? requestType[..^5]
            : requestType.EndsWith("Command", StringComparison.Ordinal) ? requestType[..^7]
            : requestType;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string[] ParameterNames(JsonNode operation) =>
        operation["parameters"]?.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToArray() ?? [];
}

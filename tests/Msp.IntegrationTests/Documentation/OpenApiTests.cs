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
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>()
            .ToHashSet();
        var documented = paths.SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["operationId"]!.GetValue<string>())).ToList();
        Assert.Equal(operationNames.Order(), documented.Order());

        Assert.Equal(
            ["access_token", "email", "password", "uid", "source"],
            ParameterNames(paths["/auth/login"]!["post"]!));
        Assert.Equal(["userID", "access_token"], ParameterNames(paths["/users/active/{userID}"]!["put"]!));
        Assert.Equal("path", paths["/users/active/{userID}"]!["put"]!["parameters"]![0]!["in"]!.GetValue<string>());
    }

    private static string[] ParameterNames(JsonNode operation) =>
        operation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToArray();
}

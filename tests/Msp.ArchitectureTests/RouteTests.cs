using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Msp.ArchitectureTests;

/// <summary>
/// A new operation is a new folder plus one route line: every request of Msp.Application is mapped by Msp.Api, and
/// every operation route goes straight to the shared endpoint (bind, send, write) with no code of its own.
/// </summary>
public sealed class RouteTests
{
    internal static RouteEndpoint[] OperationRoutes()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        var mappers = Assemblies.Api.GetTypes()
            .Where(t => t.Namespace == "Msp.Api.Endpoints" && t is { IsAbstract: true, IsSealed: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("Map", StringComparison.Ordinal)
                && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(IEndpointRouteBuilder))
            .ToArray();
        Assert.NotEmpty(mappers);
        foreach (var mapper in mappers)
        {
            mapper.Invoke(null, [app]);
        }

        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToArray();
    }

    internal static Type? RequestServedBy(RouteEndpoint endpoint)
    {
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var declaring = handler?.DeclaringType;
        return declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition().Name == "OperationEndpoint`1"
            ? declaring.GetGenericArguments()[0]
            : null;
    }

    [Fact]
    public void Every_operation_route_is_the_shared_endpoint_for_one_request()
    {
        var routes = OperationRoutes();

        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.True(
            RequestServedBy(route) is not null,
            $"{route.RoutePattern.RawText} has a handler of its own; map it with MapOperation<TRequest>."));
    }

    [Fact]
    public void Every_request_is_mapped()
    {
        var mapped = OperationRoutes().Select(RequestServedBy).ToHashSet();

        Assert.All(Operations.Requests, request => Assert.True(mapped.Contains(request), $"{request.Name} has no route."));
    }
}

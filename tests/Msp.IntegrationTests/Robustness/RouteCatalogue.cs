using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Common.Results;
using Msp.Application.Common.Requests;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// Every operation route the host maps, read from its <see cref="EndpointDataSource"/>, so a route added later is in
/// the batch without anyone listing it. Health checks, the OpenAPI and Scalar pages and the partner console's pages
/// (ADR 32) are not operations.
/// </summary>
internal static class RouteCatalogue
{
    private static readonly string[] NotOperations = ["health", "openapi", "scalar", "console"];

    public static IReadOnlyList<RouteUnderTest> Discover(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !NotOperations.Contains(raw.TrimStart('/').Split('/')[0], StringComparer.OrdinalIgnoreCase));
        return endpoints
            .GroupBy(e => e.RoutePattern.RawText!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(ToRoute)
            .ToArray();
    }

    private static RouteUnderTest ToRoute(IGrouping<string, RouteEndpoint> endpoints)
    {
        var pattern = endpoints.Key;
        var routeParameters = endpoints.First().RoutePattern.Parameters
            .Select(p => new RouteParameter(p.Name, p.IsOptional))
            .ToArray();

        // An operation's documented method carries its name and its request record; the other methods it answers do not.
        var operations = endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .SelectMany(e => ToOperations(e, routeParameters))
            .ToList();
        if (operations.Count == 0)
        {
            operations.Add(new OperationUnderTest(MethodsOf(endpoints.First())[0], null, routeParameters.Select(p => p.Name).ToArray(), ["application/json"], null));
        }

        var methods = endpoints.SelectMany(MethodsOf).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return new RouteUnderTest(pattern, routeParameters, operations, methods);
    }

    /// <summary>One operation per documented method (getDocInfo documents POST and GET).</summary>
    private static IEnumerable<OperationUnderTest> ToOperations(RouteEndpoint endpoint, RouteParameter[] routeParameters)
    {
        var request = endpoint.Metadata.GetMetadata<Msp.Api.Http.OperationRequestType>()!.RequestType;
        var parameters = RequestShape.ParameterNames(request)
            .Concat(routeParameters.Select(p => p.Name))
            .DistinctBy(Normalized)
            .ToArray();
        var answers = endpoint.Metadata.GetMetadata<OperationAnswers>();
        return MethodsOf(endpoint).Select(method => new OperationUnderTest(method, request, parameters, MediaTypesOf(request), answers));
    }

    private static string[] MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() is { Length: > 0 } methods ? methods : ["GET"];

    /// <summary>JSON always (every failure is JSON); an HTML page or a binary where the operation answers one.</summary>
    private static string[] MediaTypesOf(Type request)
    {
        var response = request.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        var value = response.IsGenericType && response.GetGenericTypeDefinition() == typeof(Result<>) ? response.GetGenericArguments()[0] : response;
        if (value == typeof(HtmlPage))
        {
            return ["application/json", "text/html"];
        }

        return value == typeof(BinaryContent) ? ["application/json", "image/jpeg", "image/png", "application/pdf"] : ["application/json"];
    }

    private static string Normalized(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}

/// <summary>One path pattern: its route parameters, the operations behind it (one per request record) and every method that reaches one.</summary>
internal sealed record RouteUnderTest(string Pattern, RouteParameter[] RouteParameters, IReadOnlyList<OperationUnderTest> Operations, string[] Methods)
{
    public override string ToString() => Pattern;
}

internal sealed record RouteParameter(string Name, bool IsOptional);

/// <summary>
/// An operation: its documented method, its request record, every parameter it reads, the media types it may answer and
/// the answers its folder documents (the route's metadata, ADR 31).
/// </summary>
internal sealed record OperationUnderTest(string Method, Type? Request, string[] Parameters, string[] MediaTypes, OperationAnswers? Answers);

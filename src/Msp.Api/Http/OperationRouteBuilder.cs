using Msp.Application.Common.Requests;

namespace Msp.Api.Http;

internal static class OperationRouteBuilder
{
    /// <summary>
    /// The spec's method column disagrees with its own parameter columns, and clients follow either, so every
    /// operation answers the usual methods. The OpenAPI document shows the documented one.
    /// </summary>
    private static readonly string[] AcceptedMethods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>
    /// Maps one operation: its documented method and path, and the request record the parameters bind to. Its documented
    /// answers come with it from its folder (<see cref="OperationAnswers.Of"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapOperation<TRequest>(this IEndpointRouteBuilder routes, string documentedMethod, string pattern)
        where TRequest : notnull =>
        routes.MapOperation<TRequest>([documentedMethod], pattern);

    /// <summary>
    /// Maps one operation the spec documents under several methods (getDocInfo: POST and GET): each is in the OpenAPI
    /// document, as one operation per method.
    /// </summary>
    public static IEndpointConventionBuilder MapOperation<TRequest>(this IEndpointRouteBuilder routes, string[] documentedMethods, string pattern)
        where TRequest : notnull
    {
        var handler = (Func<HttpContext, Task>)OperationEndpoint<TRequest>.HandleAsync;
        var documented = routes.MapMethods(pattern, documentedMethods, handler)
            .WithSummary($"{string.Join(" or ", documentedMethods)} {pattern}")
            .WithMetadata(OperationAnswers.Of(typeof(TRequest)))
            .Named<TRequest>(documented: true);
        var others = routes.MapMethods(pattern, AcceptedMethods.Except(documentedMethods), handler)
            .ExcludeFromDescription()
            .Named<TRequest>(documented: false);
        return new CompositeConventionBuilder(documented, others);
    }

    /// <summary>
    /// Names the operation on this route <paramref name="prefix"/> and its record's name (<c>swGetContact</c>,
    /// <c>myVpnGetContact</c> in the document): for a record that serves several routes, or whose name another
    /// module's record has too.
    /// </summary>
    public static IEndpointConventionBuilder Qualified(this IEndpointConventionBuilder builder, string prefix) =>
        builder.WithMetadata(new OperationQualifier(prefix));

    /// <summary>
    /// The operation's name, once every convention (a <see cref="Qualified"/> among them) has had its say; only the
    /// documented methods' endpoint carries it as its endpoint name, which is how the document and the tests tell it apart.
    /// </summary>
    private static IEndpointConventionBuilder Named<TRequest>(this IEndpointConventionBuilder builder, bool documented)
    {
        builder.Finally(endpoint =>
        {
            var name = endpoint.Metadata.OfType<OperationQualifier>().LastOrDefault()?.Prefix + typeof(TRequest).Name;
            endpoint.Metadata.Add(new OperationRequestType(typeof(TRequest), name));
            if (documented)
            {
                endpoint.Metadata.Add(new EndpointNameMetadata(name));
                endpoint.Metadata.Add(new RouteNameMetadata(name));
            }
        });
        return builder;
    }

    /// <summary>
    /// Maps one operation on one method only, for a path where each method is a different operation (the password
    /// reset page: GET shows the form, POST takes it). Other methods get the JSON 405.
    /// </summary>
    public static IEndpointConventionBuilder MapOperationOn<TRequest>(this IEndpointRouteBuilder routes, string method, string pattern)
        where TRequest : notnull =>
        routes.MapMethods(pattern, [method], (Func<HttpContext, Task>)OperationEndpoint<TRequest>.HandleAsync)
            .WithSummary($"{method} {pattern}")
            .WithMetadata(OperationAnswers.Of(typeof(TRequest)))
            .Named<TRequest>(documented: true);

    /// <summary>Applies a convention (a rate limit, say) to both endpoints of an operation.</summary>
    private sealed class CompositeConventionBuilder(params IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}

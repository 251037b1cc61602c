using System.Linq.Expressions;
using System.Reflection;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Validation;

namespace Msp.Api.Http;

/// <summary>
/// Builds an operation's request record from the request's parameters, by the names of the record's constructor
/// parameters (<see cref="RequestShape"/>): text as sent, a wire value parsed once from its text, a nested record from
/// the same flat parameters, a route value from the route's metadata. The operation's validator decides what is
/// well-formed, so a malformed value gets the operation's documented answer instead of a framework error. The binder is
/// compiled once per type.
/// </summary>
internal static class RequestBinder<TRequest>
{
    private static readonly MethodInfo ValueFromText = typeof(RequestBinder<TRequest>).GetMethod(nameof(FromText), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo ValueOfRoute = typeof(RequestBinder<TRequest>).GetMethod(nameof(FromRoute), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly PropertyInfo Indexer = typeof(RequestParameters).GetProperty("Item")!;

    private static readonly Func<RequestParameters, EndpointMetadataCollection, TRequest> Factory = Build();

    public static TRequest Bind(RequestParameters parameters, EndpointMetadataCollection route) => Factory(parameters, route);

    private static Func<RequestParameters, EndpointMetadataCollection, TRequest> Build()
    {
        var source = Expression.Parameter(typeof(RequestParameters), "parameters");
        var route = Expression.Parameter(typeof(EndpointMetadataCollection), "route");
        return Expression.Lambda<Func<RequestParameters, EndpointMetadataCollection, TRequest>>(New(typeof(TRequest), source, route), source, route).Compile();
    }

    private static NewExpression New(Type record, ParameterExpression source, ParameterExpression route)
    {
        var constructor = RequestShape.BindingConstructor(record);
        return Expression.New(constructor, constructor.GetParameters().Select(parameter => Argument(parameter, source, route)));
    }

    private static Expression Argument(ParameterInfo parameter, ParameterExpression source, ParameterExpression route)
    {
        var text = Expression.Property(source, Indexer, Expression.Constant(parameter.Name));
        return RequestShape.KindOf(parameter) switch
        {
            ParameterKind.Text => text,
            ParameterKind.WireValue => Expression.Call(ValueFromText.MakeGenericMethod(parameter.ParameterType), text),
            ParameterKind.Route => Expression.Call(ValueOfRoute.MakeGenericMethod(parameter.ParameterType), route),
            _ => New(parameter.ParameterType, source, route),
        };
    }

    private static TValue FromRoute<TValue>(EndpointMetadataCollection route)
        where TValue : class, IRouteValue =>
        route.GetMetadata<TValue>()
            ?? throw new InvalidOperationException($"The route of {typeof(TRequest).Name} names no {typeof(TValue).Name}: map it in a group that does (WithMetadata).");

    private static TValue? FromText<TValue>(string? text)
        where TValue : class, IWireValue<TValue> =>
        text is null ? null : TValue.FromText(text);
}

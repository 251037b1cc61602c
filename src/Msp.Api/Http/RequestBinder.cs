using System.Linq.Expressions;
using System.Reflection;
using Msp.Application.Common.Messaging;

namespace Msp.Api.Http;

/// <summary>
/// Builds an operation's request record from the request's parameters, by the names of the record's constructor
/// parameters. Wire parameters are text: the operation's validator decides what is well-formed, so a malformed value
/// gets the operation's documented answer instead of a framework error. The binder is compiled once per type.
/// </summary>
internal static class RequestBinder<TRequest>
{
    private static readonly Func<RequestParameters, TRequest> Factory = Build();

    public static TRequest Bind(RequestParameters parameters) => Factory(parameters);

    private static Func<RequestParameters, TRequest> Build()
    {
        var constructor = RequestShape.BindingConstructor(typeof(TRequest));
        var source = Expression.Parameter(typeof(RequestParameters), "parameters");
        var indexer = typeof(RequestParameters).GetProperty("Item")!;
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            if (parameter.ParameterType != typeof(string))
            {
                throw new InvalidOperationException(
                    $"{typeof(TRequest).Name}.{parameter.Name}: wire parameters are bound as string; parse them in the validator and handler.");
            }

            return (Expression)Expression.Property(source, indexer, Expression.Constant(parameter.Name));
        });
        var body = Expression.New(constructor, arguments);
        return Expression.Lambda<Func<RequestParameters, TRequest>>(body, source).Compile();
    }
}

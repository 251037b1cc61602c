using System.Linq.Expressions;
using System.Reflection;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Validation;

namespace Msp.Api.Http;

/// <summary>
/// Builds an operation's request record from the request's parameters, by the names of the record's constructor
/// parameters (<see cref="RequestShape"/>): text as sent, a wire value parsed once from its text, a nested record from
/// the same flat parameters. The operation's validator decides what is well-formed, so a malformed value gets the
/// operation's documented answer instead of a framework error. The binder is compiled once per type.
/// </summary>
internal static class RequestBinder<TRequest>
{
    private static readonly MethodInfo ValueFromText = typeof(RequestBinder<TRequest>).GetMethod(nameof(FromText), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly PropertyInfo Indexer = typeof(RequestParameters).GetProperty("Item")!;

    private static readonly Func<RequestParameters, TRequest> Factory = Build();

    public static TRequest Bind(RequestParameters parameters) => Factory(parameters);

    private static Func<RequestParameters, TRequest> Build()
    {
        var source = Expression.Parameter(typeof(RequestParameters), "parameters");
        return Expression.Lambda<Func<RequestParameters, TRequest>>(New(typeof(TRequest), source), source).Compile();
    }

    private static NewExpression New(Type record, ParameterExpression source)
    {
        var constructor = RequestShape.BindingConstructor(record);
        return Expression.New(constructor, constructor.GetParameters().Select(parameter => Argument(parameter, source)));
    }

    private static Expression Argument(ParameterInfo parameter, ParameterExpression source)
    {
        var text = Expression.Property(source, Indexer, Expression.Constant(parameter.Name));
        return RequestShape.KindOf(parameter) switch
        {
            ParameterKind.Text => text,
            ParameterKind.WireValue => Expression.Call(ValueFromText.MakeGenericMethod(parameter.ParameterType), text),
            _ => New(parameter.ParameterType, source),
        };
    }

    private static TValue? FromText<TValue>(string? text)
        where TValue : class, IWireValue<TValue> =>
        text is null ? null : TValue.FromText(text);
}

using System.Reflection;

namespace Msp.Application.Common.Requests;

/// <summary>
/// How a request record meets the wire: the binder, the OpenAPI document and the tests all take its parameters from
/// this one constructor, so they cannot disagree about which parameters an operation has. A constructor parameter is
/// text (<see cref="string"/>), a <see cref="IWireValue"/> parsed from text, a nested record (the address fields
/// of addressCreate and addressUpdate) whose own parameters come from the same flat parameters, or an
/// <see cref="IRouteValue"/> the route fixes, which is no wire parameter at all.
/// </summary>
public static class RequestShape
{
    /// <summary>The public constructor with the most parameters: a positional record's primary constructor.</summary>
    public static ConstructorInfo BindingConstructor(Type request) =>
        request.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();

    /// <summary>The wire parameters, by the constructor's parameter names, a nested record's in its place.</summary>
    public static IReadOnlyList<string> ParameterNames(Type request) => Parameters(request).Select(p => p.Name!).ToArray();

    /// <summary>The wire parameters themselves, a nested record's in its place, in the order the constructors declare them.</summary>
    public static IReadOnlyList<ParameterInfo> Parameters(Type request) =>
        BindingConstructor(request).GetParameters()
            .SelectMany(p => KindOf(p) switch
            {
                ParameterKind.Nested => Parameters(p.ParameterType),
                ParameterKind.Route => [],
                _ => [p],
            })
            .ToArray();

    /// <summary>The header a secret parameter may come in, by its name: <c>RefreshToken</c> → <c>Refresh-Token</c>.</summary>
    public static string? SecretHeader(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<WireSecretAttribute>() is null
            ? null
            : string.Concat(parameter.Name!.Select((c, i) => i == 0 ? char.ToUpperInvariant(c).ToString() : char.IsUpper(c) ? "-" + c : c.ToString()));

    /// <summary>How the binder fills a constructor parameter; anything else is a mistake in the request record.</summary>
    public static ParameterKind KindOf(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return ParameterKind.Text;
        }

        if (typeof(IWireValue).IsAssignableFrom(type))
        {
            return ParameterKind.WireValue;
        }

        if (typeof(IWireFields).IsAssignableFrom(type))
        {
            return ParameterKind.Nested;
        }

        if (typeof(IRouteValue).IsAssignableFrom(type))
        {
            return ParameterKind.Route;
        }

        throw new InvalidOperationException(
            $"{parameter.Member.DeclaringType?.Name}.{parameter.Name}: a wire parameter is a string, an IWireValue or an IWireFields record of them (ADR 4), or an IRouteValue the route fixes.");
    }
}

/// <summary>
/// A value the route fixes on the request, never the client: which of two upstream services of one kind a route asks
/// (<c>/getContact</c> Docman, <c>/sw/getContact</c> SW Docman). A request's constructor parameter of such a type is
/// no wire parameter; the binder takes it from the route's metadata, so one operation serves both routes and no
/// request can pick the other's service.
/// </summary>
public interface IRouteValue;

/// <summary>
/// A record of wire parameters that several requests share (the address fields), bound from the same flat parameters
/// as the request that holds it: the fields are written once, not once per request.
/// </summary>
public interface IWireFields;

public enum ParameterKind
{
    Text,
    WireValue,
    Nested,
    Route,
}

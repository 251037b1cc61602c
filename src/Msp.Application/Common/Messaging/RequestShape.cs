using System.Reflection;

namespace Msp.Application.Common.Messaging;

/// <summary>
/// How a request record meets the wire: the binder, the OpenAPI document and the tests all take its parameters from
/// this one constructor, so they cannot disagree about which parameters an operation has.
/// </summary>
public static class RequestShape
{
    /// <summary>The public constructor with the most parameters: a positional record's primary constructor.</summary>
    public static ConstructorInfo BindingConstructor(Type request) =>
        request.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();

    /// <summary>The wire parameters, by the constructor's parameter names.</summary>
    public static IReadOnlyList<string> ParameterNames(Type request) =>
        BindingConstructor(request).GetParameters().Select(p => p.Name!).ToArray();
}

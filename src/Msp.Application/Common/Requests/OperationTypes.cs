using System.Reflection;

namespace Msp.Application.Common.Requests;

/// <summary>
/// The handlers or validators of an assembly's operations, for the registration's scan: every class of an operation's
/// own, and every shared generic one (a module's <c>UserStatusCommandHandler&lt;TCommand&gt;</c>) closed over each
/// request its constraint admits that has none of its own. An operation whose handler or validator would only name the
/// shared one has no file for it.
/// </summary>
public static class OperationTypes
{
    /// <summary>The classes that implement <paramref name="service"/> (<c>IRequestHandler&lt;,&gt;</c> or <c>IValidator&lt;&gt;</c>) for a request.</summary>
    public static IReadOnlyList<Type> Implementing(Assembly assembly, Type service)
    {
        var classes = assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false }).ToArray();
        var own = classes.Where(type => !type.IsGenericTypeDefinition && Serves(type, service)).ToArray();
        var served = own.Select(type => Served(type, service)).ToHashSet();
        var waiting = classes.Where(type => !type.IsGenericTypeDefinition && typeof(IBaseRequest).IsAssignableFrom(type) && !served.Contains(type)).ToArray();
        var shared = classes.Where(type => type.IsGenericTypeDefinition && type.GetGenericArguments().Length == 1 && Serves(type, service));
        return
        [
            .. own,
            .. from definition in shared
               from request in waiting
               where Admits(definition.GetGenericArguments()[0], request)
               select definition.MakeGenericType(request),
        ];
    }

    /// <summary>The service's interfaces a class implements, for the scan to register it as.</summary>
    public static bool IsService(Type implemented, Type service) =>
        implemented.IsGenericType && implemented.GetGenericTypeDefinition() == service;

    private static bool Serves(Type type, Type service) => type.GetInterfaces().Any(i => IsService(i, service));

    /// <summary>The request (or record) the class handles or validates: the service's first type argument.</summary>
    private static Type Served(Type type, Type service) => type.GetInterfaces().First(i => IsService(i, service)).GetGenericArguments()[0];

    private static bool Admits(Type parameter, Type request) =>
        parameter.GetGenericParameterConstraints().All(constraint => constraint.IsAssignableFrom(request));
}

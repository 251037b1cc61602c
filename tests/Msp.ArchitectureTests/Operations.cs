using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Msp.Application;
using Msp.Application.Common.Requests;

namespace Msp.ArchitectureTests;

/// <summary>The operations of Msp.Application as reflection finds them: request records, handlers, validators.</summary>
internal static class Operations
{
    public static readonly IReadOnlyList<Type> ConcreteTypes = Assemblies.Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
        .ToArray();

    /// <summary>Every concrete request type (anything MediatR can send).</summary>
    public static readonly IReadOnlyList<Type> Requests = ConcreteTypes
        .Where(t => typeof(IBaseRequest).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static IEnumerable<object[]> RequestData => Requests.Select(r => new object[] { Key(r) });

    /// <summary>A request by its <see cref="Key"/>.</summary>
    public static Type Request(string key) => Requests.Single(r => Key(r) == key);

    /// <summary>A request's name within Msp.Application (<c>Upstreams.MyVpn.GetContact.GetContactQuery</c>): unique, where the record's own name need not be.</summary>
    public static string Key(Type request) => request.FullName!["Msp.Application.".Length..];

    public static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    public static bool IsCommand(Type request) => Implements(request, typeof(ICommand<>));

    public static bool IsQuery(Type request) => Implements(request, typeof(IQuery<>));

    /// <summary>What the application's registration (the scan, ADR 1) puts in the container.</summary>
    private static readonly IReadOnlyList<ServiceDescriptor> Registered = new ServiceCollection().AddApplication().ToArray();

    /// <summary>The classes registered as <c>IRequestHandler&lt;request, _&gt;</c>: one of its own, or a shared one closed over it.</summary>
    public static IReadOnlyList<Type> HandlersOf(Type request) => Registered
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
            && d.ServiceType.GetGenericArguments()[0] == request)
        .Select(d => d.ImplementationType!)
        .ToArray();

    /// <summary>Every registered validator: an operation's own, a shared one closed over each request it serves, a record of fields'.</summary>
    public static IReadOnlyList<Type> Validators => Registered
        .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
        .Select(d => d.ImplementationType!)
        .Distinct()
        .ToArray();

    /// <summary>The shared generic handlers and validators, as declared (open).</summary>
    public static IReadOnlyList<Type> SharedDefinitions => Assemblies.Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: true }
            && (Implements(t, typeof(IRequestHandler<,>)) || Implements(t, typeof(IValidator<>))))
        .ToArray();

    public static IEnumerable<object[]> ValidatorData => Validators.Select(v => new object[] { Display(v) });

    public static Type Validator(string name) => Validators.Single(v => Display(v) == name);

    /// <summary>A type's name as C# spells it: <c>UserStatusCommandValidator&lt;UsersActiveCommand&gt;</c>.</summary>
    public static string Display(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>" : type.Name;

    /// <summary>The module's namespace of a request: <c>Msp.Application.Users</c>, or <c>Msp.Application.Upstreams.Docman</c>.</summary>
    public static string ModuleNamespace(Type request) => request.Namespace![..request.Namespace!.LastIndexOf('.')];

    public static Type ValidatedType(Type validator) => validator.GetInterfaces()
        .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
        .GetGenericArguments()[0];

    public static IReadOnlyList<Type> ValidatorsOf(Type request) => Validators.Where(v => ValidatedType(v) == request).ToArray();

    /// <summary>The constructor the API's binder uses: the public one with the most parameters.</summary>
    public static ConstructorInfo BindingConstructor(Type request) => RequestShape.BindingConstructor(request);

    /// <summary>
    /// A request (or a record of wire fields) built as the API's binder builds it, from one text per flat parameter
    /// (<see cref="RequestShape.ParameterNames"/> order): text as given, a wire value parsed from it, a nested record
    /// from the following ones; a route value is left out (no validator reads one).
    /// </summary>
    public static object Bind(Type record, IReadOnlyList<string?> texts)
    {
        var next = 0;
        return Bind(record, texts, ref next);
    }

    private static object Bind(Type record, IReadOnlyList<string?> texts, ref int next)
    {
        var parameters = BindingConstructor(record).GetParameters();
        var values = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            values[i] = RequestShape.KindOf(parameters[i]) switch
            {
                ParameterKind.Text => texts[next++],
                ParameterKind.WireValue => texts[next++] is { } text
                    ? parameters[i].ParameterType.GetMethod("FromText", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [text])
                    : null,
                ParameterKind.Route => null,
                _ => Bind(parameters[i].ParameterType, texts, ref next),
            };
        }

        return BindingConstructor(record).Invoke(values);
    }
}

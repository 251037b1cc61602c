using System.Reflection;

namespace Msp.ArchitectureTests;

/// <summary>
/// What sits in an operation's folder belongs to that operation: no other operation, module-level file or module uses
/// it. A module uses another only through what that module exposes at its top level (its catalogue, ports and shared
/// folders), and a module-level port never imports from an operation folder (docs/adr/0012).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The namespaces that are operation folders: those holding a request.</summary>
    private static readonly HashSet<string> OperationFolders = Operations.Requests.Select(r => r.Namespace!).ToHashSet();

    [Fact]
    public void Types_of_an_operation_folder_are_used_only_inside_it()
    {
        var violations = Assemblies.Application.GetTypes()
            .Where(type => !IsCompilerGenerated(type))
            .SelectMany(type => ReferencedTypes(type)
                .Where(used => used.Assembly == Assemblies.Application && OperationFolders.Contains(used.Namespace ?? ""))
                .Where(used => used.Namespace != type.Namespace && !(type.Namespace ?? "").StartsWith(used.Namespace + ".", StringComparison.Ordinal))
                .Select(used => $"{type.FullName} uses {used.FullName}"))
            .Distinct()
            .ToArray();

        Assert.Empty(violations);
    }

    [Fact]
    public void A_module_uses_another_only_through_its_top_level()
    {
        var violations = Assemblies.Application.GetTypes()
            .Where(type => !IsCompilerGenerated(type) && ModuleOf(type) is not "Common")
            .SelectMany(type => ReferencedTypes(type)
                .Where(used => used.Assembly == Assemblies.Application && ModuleOf(used) is { } module && module != "Common" && module != ModuleOf(type))
                .Where(used => OperationFolders.Contains(used.Namespace ?? ""))
                .Select(used => $"{type.FullName} reaches into {used.FullName}"))
            .Distinct()
            .ToArray();

        Assert.Empty(violations);
    }

    /// <summary>Msp.Application.&lt;Module&gt;, or Msp.Application.Upstreams.&lt;Upstream&gt; (each upstream is a module).</summary>
    private static string? ModuleOf(Type type)
    {
        var segments = (type.Namespace ?? "").Split('.');
        return segments.Length < 3 ? null : segments[2] == "Upstreams" && segments.Length > 3 ? "Upstreams." + segments[3] : segments[2];
    }

    private static bool IsCompilerGenerated(Type type) => type.Name.Contains('<', StringComparison.Ordinal);

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(Members).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(Members).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors(Members)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsArray || type.IsByRef || type.IsPointer)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type) : [type];
    }
}

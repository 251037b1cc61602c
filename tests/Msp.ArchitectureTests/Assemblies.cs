using System.Reflection;

namespace Msp.ArchitectureTests;

/// <summary>The four production assemblies, each reached through a type it is sure to keep.</summary>
internal static class Assemblies
{
    public static readonly Assembly Domain = typeof(Msp.Domain.Accounts.UserAccount).Assembly;

    public static readonly Assembly Application = typeof(Msp.Application.DependencyInjection).Assembly;

    public static readonly Assembly Infrastructure = typeof(Msp.Infrastructure.DependencyInjection).Assembly;

    public static readonly Assembly Api = typeof(Program).Assembly;

    public static IReadOnlyList<string> ReferencedNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Order(StringComparer.Ordinal).ToArray();
}

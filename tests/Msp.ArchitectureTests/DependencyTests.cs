using System.Reflection;

namespace Msp.ArchitectureTests;

/// <summary>Dependencies point inward only: Api → Application ← Infrastructure, everything → Domain (README.md, "Architecture").</summary>
public sealed class DependencyTests
{
    private static string[] MspReferences(Assembly assembly) =>
        Assemblies.ReferencedNames(assembly).Where(n => n.StartsWith("Msp.", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_assemblies_are_the_ones_the_layout_names()
    {
        Assert.Equal("Msp.Domain", Assemblies.Domain.GetName().Name);
        Assert.Equal("Msp.Application", Assemblies.Application.GetName().Name);
        Assert.Equal("Msp.Infrastructure", Assemblies.Infrastructure.GetName().Name);
        Assert.Equal("Msp.Api", Assemblies.Api.GetName().Name);
    }

    [Fact]
    public void Domain_references_no_other_Msp_assembly()
    {
        Assert.Empty(MspReferences(Assemblies.Domain));
    }

    [Fact]
    public void Domain_depends_on_nothing_but_the_base_library()
    {
        var foreign = Assemblies.ReferencedNames(Assemblies.Domain)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not ("netstandard" or "mscorlib"))
            .ToArray();

        Assert.Empty(foreign);
    }

    [Fact]
    public void Application_references_only_Domain()
    {
        Assert.Equal(["Msp.Domain"], MspReferences(Assemblies.Application));
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Dapper")]
    [InlineData("Microsoft.Data")]
    [InlineData("System.Data.SqlClient")]
    public void Application_knows_neither_the_web_nor_the_database(string forbiddenPrefix)
    {
        var offending = Assemblies.ReferencedNames(Assemblies.Application)
            .Where(n => n == forbiddenPrefix || n.StartsWith(forbiddenPrefix + ".", StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(offending);
    }

    [Fact]
    public void Infrastructure_does_not_reference_Api()
    {
        Assert.DoesNotContain("Msp.Api", MspReferences(Assemblies.Infrastructure));
    }

    [Fact]
    public void Infrastructure_references_Application_and_Domain_only()
    {
        Assert.Empty(MspReferences(Assemblies.Infrastructure).Except(["Msp.Application", "Msp.Domain"]));
    }
}

using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// A clone is the whole project (issue 26 §4): no file in it points at a document a clone does not have. The contract
/// is docs/contract.md, the demo data docs/demo-data.md.
/// </summary>
public sealed class RepositoryStandsAloneTests
{
    /// <summary>The names the project's first notes went by, outside the repository.</summary>
    private static readonly string[] OutsideNames = ["CONTRACT.md", "SEED.md", "ARCHITECTURE.md", "../shared"];

    /// <summary>Git's own, and what builds and runs leave (never committed).</summary>
    private static readonly string[] SkippedFolders = [".git", "bin", "obj", "node_modules", "out", "artifacts"];

    private static readonly string[] TextExtensions =
        [".cs", ".md", ".json", ".http", ".sql", ".sh", ".yml", ".yaml", ".props", ".csproj", ".cshtml", ".py", ".lua", ".txt", ".tsv"];

    [Fact]
    public void No_file_refers_to_the_contract_seed_or_design_notes_outside_the_repository()
    {
        var found = Files(new DirectoryInfo(RepositoryFolder.Root))
            .SelectMany(file => OutsideNames
                .Where(name => File.ReadAllText(file.FullName).Contains(name, StringComparison.Ordinal))
                .Select(name => $"{Path.GetRelativePath(RepositoryFolder.Root, file.FullName)}: {name}"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void The_contract_and_the_demo_data_are_in_the_repository()
    {
        Assert.True(File.Exists(RepositoryFolder.At("docs/contract.md")));
        Assert.True(File.Exists(RepositoryFolder.At("docs/demo-data.md")));
    }

    private static IEnumerable<FileInfo> Files(DirectoryInfo folder) =>
        folder.EnumerateFiles().Where(f => TextExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase) && f.Name != "RepositoryStandsAloneTests.cs")
            .Concat(folder.EnumerateDirectories().Where(d => !SkippedFolders.Contains(d.Name, StringComparer.Ordinal)).SelectMany(Files));
}

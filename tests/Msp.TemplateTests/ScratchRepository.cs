namespace Msp.TemplateTests;

/// <summary>
/// A copy of the working tree in a temporary folder (sources, tests, templates, the generated client, http/, docs/ and README;
/// no build output). Of the integration tests it takes the project, what a generated test stands on and the tests every
/// route is held to (<see cref="IntegrationTestSupport"/>), not the other tests: the suite's own build runs those, and
/// the nested build only has to prove the scaffold's operations.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private static readonly string[] Copied = ["src", "tests", "db", "templates", "clients", "http", "docs"];

    private static readonly string[] Skipped = ["bin", "obj", "Msp.TemplateTests"];

    private const string IntegrationTests = "tests/Msp.IntegrationTests";

    /// <summary>
    /// The folders of the integration tests a generated test uses, and those that hold every route to its documented
    /// answers, the OpenAPI document and the indexes (the robustness sweep, the documentation tests, and the relays' wire
    /// the documentation tests read).
    /// </summary>
    private static readonly string[] IntegrationTestSupport = ["Infrastructure", "Messaging/Support", "Robustness", "Documentation", "Upstreams/RelayWire.cs"];

    public ScratchRepository()
    {
        Root = Directory.CreateTempSubdirectory("msp-template-").FullName;
        var source = FindRepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(source).Where(f => System.IO.Path.GetFileName(f) is var name && (name.StartsWith("Directory.", StringComparison.Ordinal) || name is "README.md" or "Msp.sln")))
        {
            File.Copy(file, System.IO.Path.Combine(Root, System.IO.Path.GetFileName(file)));
        }

        foreach (var folder in Copied)
        {
            CopyFolder(System.IO.Path.Combine(source, folder), System.IO.Path.Combine(Root, folder));
        }

        var integrationTests = System.IO.Path.Combine(Root, IntegrationTests);
        foreach (var folder in Directory.EnumerateDirectories(integrationTests))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var support in IntegrationTestSupport)
        {
            var from = System.IO.Path.Combine(source, IntegrationTests, support);
            var to = System.IO.Path.Combine(integrationTests, support);
            if (File.Exists(from))
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
                File.Copy(from, to);
            }
            else
            {
                CopyFolder(from, to);
            }
        }
    }

    public string Root { get; }

    public string At(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the folder is under the temp directory either way.
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Msp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No Msp.sln above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !Skipped.Contains(System.IO.Path.GetFileName(d))))
        {
            CopyFolder(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
        }
    }
}

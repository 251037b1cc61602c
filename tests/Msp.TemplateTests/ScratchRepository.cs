namespace Msp.TemplateTests;

/// <summary>
/// A copy of the working tree in a temporary folder (sources, tests, scripts, templates, the generated client; no build output). Of the
/// integration tests it takes the project and what a generated test stands on (<see cref="IntegrationTestSupport"/>),
/// not the other tests: the suite's own build compiles those, and the nested build only has to prove the scaffold's.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private static readonly string[] Copied = ["src", "tests", "db", "templates", "clients"];

    private static readonly string[] Skipped = ["bin", "obj", "Msp.TemplateTests"];

    private const string IntegrationTests = "tests/Msp.IntegrationTests";

    /// <summary>The folders of the integration tests that the template's test (every kind) uses.</summary>
    private static readonly string[] IntegrationTestSupport = ["Infrastructure", "Messaging/Support"];

    public ScratchRepository()
    {
        Root = Directory.CreateTempSubdirectory("msp-template-").FullName;
        var source = FindRepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(source).Where(f => System.IO.Path.GetFileName(f).StartsWith("Directory.", StringComparison.Ordinal)))
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

        foreach (var folder in IntegrationTestSupport)
        {
            CopyFolder(System.IO.Path.Combine(source, IntegrationTests, folder), System.IO.Path.Combine(integrationTests, folder));
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

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run in, for the files the suite holds to the API (the client's document, http/, README).</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string At(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Msp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}

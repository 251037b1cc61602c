using OpenQA.Selenium;

namespace Msp.IntegrationTests.Browser;

/// <summary>
/// Where the browser tests leave a PNG of each step: <c>artifacts/screenshots/</c> at the repository's root
/// (ignored by git), or the folder <c>MSP_SCREENSHOTS</c> names.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("MSP_SCREENSHOTS") ?? Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public static void Take(IWebDriver driver, string name)
    {
        Directory.CreateDirectory(Folder);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(Folder, name + ".png"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".ci")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Msp.IntegrationTests.Browser;

/// <summary>
/// Debian's <c>chromium</c> and <c>chromium-driver</c> packages, driven by WebDriver: nothing is downloaded (a given
/// driver path keeps Selenium Manager out). Where they are is asked of <c>scripts/chromium.sh</c>, the one lookup
/// <c>.ci/run</c> uses too (<c>MSP_CHROMIUM</c> / <c>MSP_CHROMEDRIVER</c>, else PATH, else /usr/bin). Without them a
/// browser test is skipped, saying why; under <c>CI=true</c> it fails, so a CI run that is green has run them.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>An iPhone 12–15's viewport in CSS pixels.</summary>
    public static readonly Size PhoneScreen = new(390, 844);

    public static readonly Size DesktopScreen = new(1280, 900);

    private static readonly Lazy<(string? Executable, string? Driver, string? Missing)> Found = new(Lookup);

    private static string Executable => Found.Value.Executable!;

    private static string Driver => Found.Value.Driver!;

    /// <summary>Why no browser test can run here, or null when Chromium and its driver are there.</summary>
    public static string? Missing => Found.Value.Missing;

    /// <summary>At the start of a browser test: skipped without Chromium, except in CI, where that fails the test.</summary>
    public static void Require()
    {
        if (Missing is { } missing)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"CI=true and {missing}");
            Skip.If(true, missing);
        }
    }

    private static (string?, string?, string?) Lookup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "scripts", "chromium.sh")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return (null, null, $"No scripts/chromium.sh above {AppContext.BaseDirectory}.");
        }

        var start = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(root.FullName, "scripts", "chromium.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length == 2 ? (lines[0], lines[1], null) : (null, null, error.Trim());
    }

    /// <summary>A fresh browser with the window's size and the user's language (which the browser's own messages are in).</summary>
    public static ChromeDriver Start(Size window, string language = "en-US")
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Executable, PageLoadStrategy = PageLoadStrategy.Eager };

        // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", $"--lang={language}", $"--window-size={window.Width},{window.Height}");
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }
}

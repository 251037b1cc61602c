using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Msp.IntegrationTests.Browser;

/// <summary>
/// Debian's <c>chromium</c> and <c>chromium-driver</c> packages, driven by WebDriver: nothing is downloaded (a given
/// driver path keeps Selenium Manager out). <c>.ci/run</c> installs the packages where they are missing;
/// <c>MSP_CHROMIUM</c> and <c>MSP_CHROMEDRIVER</c> point elsewhere. Without them the browser tests are skipped, saying so.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>An iPhone 12–15's viewport in CSS pixels.</summary>
    public static readonly Size PhoneScreen = new(390, 844);

    public static readonly Size DesktopScreen = new(1280, 900);

    private static string Executable => Environment.GetEnvironmentVariable("MSP_CHROMIUM") ?? "/usr/bin/chromium";

    private static string Driver => Environment.GetEnvironmentVariable("MSP_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    public static string? Missing =>
        File.Exists(Executable) && File.Exists(Driver) ? null : $"No headless Chromium here ({Executable}, {Driver}): apt-get install chromium chromium-driver.";

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

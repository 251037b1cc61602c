using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Robustness;

namespace Msp.IntegrationTests.Browser;

/// <summary>Issue 13 §4: the API reference (Scalar) loads in a real browser and its navigation lists every route the host maps.</summary>
[Collection(KestrelApiCollection.Name)]
public sealed class ApiReferenceInBrowserTests(KestrelApi host)
{
    [SkippableFact]
    public void The_reference_page_lists_every_route()
    {
        HeadlessChromium.Require();
        using var client = host.Api.CreateClient();
        using var browser = HeadlessChromium.Start(HeadlessChromium.DesktopScreen);

        browser.Navigate().GoToUrl(new Uri(client.BaseAddress!, "/scalar/"));
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(60));
        wait.Until(driver => driver.FindElements(By.CssSelector("li[data-sidebar-id^='v1/tag/']")).Count > 0);

        // Every group opened, as a reader would click through them (Scalar renders a group's routes when it opens).
        wait.Until(driver => (long)((IJavaScriptExecutor)driver).ExecuteScript("""
            const closed = document.querySelectorAll("li[data-sidebar-id^='v1/tag/'] button[aria-expanded='false']");
            closed.forEach(button => button.click());
            return closed.length;
            """)! == 0);
        Screenshots.Take(browser, "reference-1-every-group-open");

        var listed = browser.FindElements(By.CssSelector("li[data-sidebar-id^='v1/tag/']"))
            .Select(item => item.GetAttribute("data-sidebar-id")!.Split('/', 4))
            .Where(parts => parts.Length == 4 && parts[3].Contains('/', StringComparison.Ordinal))
            .Select(parts => parts[3].Split('/', 2) is var route ? $"{route[0]} /{route[1]}" : "")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(MappedRoutes().Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        // The page shows the API, not the reference tool's promotions.
        var text = browser.FindElement(By.TagName("body")).Text;
        Assert.All(["Deploy", "Ask AI", "Generate SDK", "Developer Tools"], promotion => Assert.DoesNotContain(promotion, text, StringComparison.Ordinal));
    }

    /// <summary>Each operation the host maps (the robustness sweep's catalogue), as "METHOD /path" (OpenAPI has no optional path segment).</summary>
    private IEnumerable<string> MappedRoutes() =>
        RouteCatalogue.Discover(host.Api.Services)
            .SelectMany(route => route.Operations, (route, operation) => $"{operation.Method} /{route.Pattern.TrimStart('/').Replace("?}", "}", StringComparison.Ordinal)}");
}

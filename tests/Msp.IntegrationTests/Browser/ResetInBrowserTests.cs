using System.Net;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Msp.IntegrationTests.Auth;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Browser;

/// <summary>
/// Issue 13 §4: the password reset as a resident lives it, in headless Chromium against the API on real Kestrel. The
/// email arrives at a real SMTP server; its link (on the configured public host) is opened on the test host with the
/// same path; the resident types, submits, reads. Each step leaves a screenshot (<see cref="Screenshots"/>).
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class ResetInBrowserTests(KestrelApi host) : IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await host.Api.ResetAsync();
        _client = host.Api.CreateClient();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task A_German_resident_resets_the_password_on_a_phone_and_signs_in_with_it()
    {
        HeadlessChromium.Require();
        var link = await EmailedLinkAsync("demo.vzug@streamnow.ch", "Passwort zurücksetzen");
        using var browser = HeadlessChromium.Start(HeadlessChromium.PhoneScreen, "de-CH");

        browser.Navigate().GoToUrl(link);
        Assert.Equal("de", browser.FindElement(By.TagName("html")).GetAttribute("lang"));
        Assert.Equal("Neues Passwort wählen", browser.FindElement(By.TagName("h1")).Text);
        Assert.Equal("V Zug", browser.FindElement(By.CssSelector("header img")).GetAttribute("alt"));
        AssertLogoShows(browser);
        Assert.Equal("Das neue Passwort muss 6 bis 128 Zeichen haben.", browser.FindElement(By.Id("password_rule")).Text);
        AssertFitsTheScreen(browser);
        Screenshots.Take(browser, "reset-1-form-de-phone");

        // Too short: the browser itself holds the form back and says why, in its own words.
        Type(browser, "abc", "abc");
        Submit(browser);
        var tooShort = browser.FindElement(By.Id("new_password"));
        Assert.Equal(true, ((IJavaScriptExecutor)browser).ExecuteScript("return arguments[0].validity.tooShort;", tooShort));
        Assert.NotEmpty(tooShort.GetAttribute("validationMessage") ?? "");
        Assert.Empty(browser.FindElements(By.CssSelector(".error")));
        Screenshots.Take(browser, "reset-2-too-short-de-phone");

        Type(browser, "Vzug#2030", "Vzug#2031");
        Submit(browser);
        Assert.Equal("Die beiden Passwörter sind verschieden.", WaitFor(browser, By.CssSelector(".error[role=alert]")).Text);
        AssertFitsTheScreen(browser);
        Screenshots.Take(browser, "reset-3-differ-de-phone");

        Type(browser, "Vzug#2030", "Vzug#2030");
        Submit(browser);
        Assert.Equal("Passwort geändert", WaitForHeading(browser, "Passwort geändert"));
        Screenshots.Take(browser, "reset-4-done-de-phone");

        using (var login = await _client.PostAsync("/auth/login", Form(("email", "demo.vzug"), ("password", "Vzug#2030"))))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        browser.Navigate().GoToUrl(link);
        Assert.Equal("This link does not work", browser.FindElement(By.TagName("h1")).Text);
        Screenshots.Take(browser, "reset-5-used-link-phone");
    }

    [SkippableFact]
    public async Task An_English_resident_sees_the_form_and_the_confirmation_on_a_phone_and_a_desktop()
    {
        HeadlessChromium.Require();
        var link = await EmailedLinkAsync("jorge.sanchez@casacom.ch", "Reset your password");
        using var browser = HeadlessChromium.Start(HeadlessChromium.DesktopScreen);

        browser.Navigate().GoToUrl(link);
        Assert.Equal("en", browser.FindElement(By.TagName("html")).GetAttribute("lang"));
        Assert.Equal("Gemeinde  Lindau", browser.FindElement(By.CssSelector("header img")).GetAttribute("alt"));
        AssertLogoShows(browser);
        Screenshots.Take(browser, "reset-6-form-en-desktop");
        browser.Manage().Window.Size = HeadlessChromium.PhoneScreen;
        AssertFitsTheScreen(browser);
        Screenshots.Take(browser, "reset-7-form-en-phone");

        Type(browser, "Jorge#2030", "Jorge#2030");
        Submit(browser);
        Assert.Equal("Password changed", WaitForHeading(browser, "Password changed"));
        Screenshots.Take(browser, "reset-8-done-en-phone");
        using var login = await _client.PostAsync("/auth/login", Form(("email", "jorge"), ("password", "Jorge#2030")));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    /// <summary>Asks for a reset through the API, sends the queued email to a real SMTP server, and answers its link on this host.</summary>
    private async Task<string> EmailedLinkAsync(string email, string subject)
    {
        await using var mailbox = await ResetMailbox.StartAsync(host.Api);
        using (var reset = await _client.PostAsync("/auth/reset", Form(("email", email))))
        {
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }

        Assert.Equal(1, await mailbox.DispatchAsync());
        var mail = Assert.Single(mailbox.Received);
        Assert.Equal(subject, mail.Subject);
        return new Uri(_client.BaseAddress!, ResetMailbox.LinkPathIn(mail)).ToString();
    }

    private static void Type(ChromeDriver browser, string password, string repeat)
    {
        foreach (var (id, text) in new[] { ("new_password", password), ("new_password_repeat", repeat) })
        {
            var field = browser.FindElement(By.Id(id));
            field.Clear();
            field.SendKeys(text);
        }
    }

    private static void Submit(ChromeDriver browser) => browser.FindElement(By.CssSelector("button[type=submit]")).Click();

    private static IWebElement WaitFor(IWebDriver browser, By selector) =>
        AfterSubmit(browser).Until(driver => driver.FindElements(selector).FirstOrDefault());

    private static string WaitForHeading(IWebDriver browser, string heading) =>
        AfterSubmit(browser).Until(driver => driver.FindElement(By.TagName("h1")).Text == heading ? heading : null)!;

    /// <summary>A wait across the form's post: until the new page is there, the old one's elements go stale or missing.</summary>
    private static WebDriverWait AfterSubmit(IWebDriver browser)
    {
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait;
    }

    /// <summary>Nothing wider than the viewport: no sideways scrolling on a phone.</summary>
    private static void AssertFitsTheScreen(ChromeDriver browser)
    {
        var widths = (IReadOnlyCollection<object>)((IJavaScriptExecutor)browser).ExecuteScript(
            "return [document.documentElement.scrollWidth, window.innerWidth];")!;
        var (content, viewport) = (Convert.ToInt64(widths.First()), Convert.ToInt64(widths.Last()));
        Assert.True(content <= viewport, $"The page is {content} px wide in a {viewport} px viewport.");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));

    /// <summary>The partner's logo loaded: no broken image in the page's header.</summary>
    private static void AssertLogoShows(IWebDriver browser) =>
        Assert.True(
            new WebDriverWait(browser, TimeSpan.FromSeconds(10)).Until(driver => (bool)((IJavaScriptExecutor)driver).ExecuteScript(
                "const logo = document.querySelector('header img'); return logo.complete && logo.naturalWidth > 0;")!),
            "The partner's logo did not load.");
}

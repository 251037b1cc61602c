using System.Net;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Msp.IntegrationTests.Browser;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Console;

/// <summary>The console on real Kestrel for the browser, a host of its own so these run beside the reset's browser tests.</summary>
public sealed class ConsoleKestrelApi : KestrelApi;

[CollectionDefinition(Name)]
public sealed class ConsoleBrowserCollection : ICollectionFixture<ConsoleKestrelApi>
{
    public const string Name = "console in a browser";
}

/// <summary>
/// Issue 28 as a partner admin lives it, in headless Chromium (ADR 22): signing in with the keyboard, finding a user,
/// disabling and re-activating them, registering one, creating a flat, downloading an invoice's PDF, switching the
/// language, at desktop and phone width; another partner's user reached by URL shows nothing; an end user is refused;
/// a form without its antiforgery token is refused. axe-core checks every page (no serious or critical violation of
/// WCAG 2.1 A/AA), and every step leaves a screenshot in <c>artifacts/screenshots/</c>.
/// </summary>
[Collection(ConsoleBrowserCollection.Name)]
public sealed class ConsoleInBrowserTests(ConsoleKestrelApi host) : IAsyncLifetime
{
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        await host.Api.ResetAsync();
        using var client = host.Api.CreateClient();
        _base = client.BaseAddress!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task A_partner_admin_finds_disables_and_reactivates_a_user_registers_one_creates_a_flat_and_downloads_an_invoice()
    {
        HeadlessChromium.Require();
        using var browser = HeadlessChromium.Start(HeadlessChromium.DesktopScreen, "de-CH");

        // Sign in with the keyboard alone: the skip link comes first, then the form's fields in order.
        Open(browser, "/console?lang=de");
        Assert.Equal("de", browser.FindElement(By.TagName("html")).GetAttribute("lang"));
        Accessible(browser, "console-01-sign-in-de-desktop");
        var body = browser.FindElement(By.TagName("body"));
        body.SendKeys(Keys.Tab);
        Assert.Equal("skip", Active(browser).GetAttribute("class"));
        Active(browser).SendKeys(Keys.Tab);
        Assert.Equal("email", Active(browser).GetAttribute("name"));
        Active(browser).SendKeys("lindau.admin" + Keys.Tab);
        Assert.Equal("password", Active(browser).GetAttribute("name"));
        Active(browser).SendKeys("Lindau#Admin1" + Keys.Enter);
        WaitFor(browser, d => d.Url.EndsWith("/console/users", StringComparison.Ordinal));
        Assert.Equal("Benutzer", browser.FindElement(By.TagName("h1")).Text);
        Assert.Equal("Gemeinde  Lindau", browser.FindElement(By.CssSelector("header.top img")).GetAttribute("alt"));
        AssertLogoShows(browser);
        Accessible(browser, "console-02-users-de-desktop");

        // Find jorge and open him.
        var search = browser.FindElement(By.Id("q"));
        search.SendKeys("jorge" + Keys.Enter);
        WaitFor(browser, d => d.Url.Contains("q=jorge", StringComparison.Ordinal));
        browser.FindElement(By.LinkText("Jorge Sanchez")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users/955", StringComparison.Ordinal));
        Assert.Equal("Aktiv", browser.FindElement(By.Id("user-status")).Text);
        Assert.Contains("AA:BB:CC:00:09:55", browser.FindElement(By.CssSelector("table.hardware")).Text, StringComparison.Ordinal);
        Assert.Contains("8.8.8.8", browser.FindElement(By.CssSelector("table.hardware")).Text, StringComparison.Ordinal);
        Accessible(browser, "console-03-user-de-desktop");

        // Disable, with the confirmation, then activate again.
        browser.FindElement(By.LinkText("Deaktivieren")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users/955/disable", StringComparison.Ordinal));
        Accessible(browser, "console-04-confirm-disable-de-desktop");
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users/955?done=disable", StringComparison.Ordinal));
        Assert.Equal("Deaktiviert", browser.FindElement(By.Id("user-status")).Text);
        Assert.Equal("Der Benutzer ist deaktiviert.", browser.FindElement(By.CssSelector(".notice.done")).Text);
        browser.FindElement(By.LinkText("Aktivieren")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users/955/activate", StringComparison.Ordinal));
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users/955?done=activate", StringComparison.Ordinal));
        Assert.Equal("Aktiv", browser.FindElement(By.Id("user-status")).Text);

        // The invoice's PDF, with this browser's session.
        var pdfLink = browser.FindElement(By.CssSelector("#invoices a.pdf")).GetAttribute("href")!;
        using (var pdf = await FetchWithSessionAsync(browser, pdfLink))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        }

        // Register a user.
        Open(browser, "/console/users/new");
        Accessible(browser, "console-05-register-de-desktop");
        Fill(browser, ("name", "Lea"), ("Lastname", "Keller"), ("Username", "lea.keller"), ("Email", "lea.keller@example.ch"), ("Password", "Lea#2026x"), ("Password_confirmation", "Lea#2026x"), ("Mobil", "+41 79 555 12 34"));
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitFor(browser, d => d.Url.Contains("done=registered", StringComparison.Ordinal));
        Assert.Contains("lea.keller@example.ch", browser.FindElement(By.Id("users")).Text, StringComparison.Ordinal);

        // Create a flat in Haus A.
        Open(browser, "/console/residences");
        FillIn(browser, "section[aria-labelledby=flat-create]", ("City", "Lindau"), ("Street_name", "Dorfstrasse"), ("Street_number", "12"), ("postcode", "8315"), ("Apartment_number", "7"));
        browser.FindElement(By.CssSelector("section[aria-labelledby=flat-create] button[type=submit]")).Click();
        WaitFor(browser, d => d.Url.EndsWith("done=flat", StringComparison.Ordinal));
        Assert.Contains("Dorfstrasse 12", browser.FindElement(By.Id("flats-available-table")).Text, StringComparison.Ordinal);
        Accessible(browser, "console-06-residences-de-desktop");

        // Groups, the audit trail (the disable above is in it) and services, then French.
        Open(browser, "/console/groups");
        Accessible(browser, "console-07-groups-de-desktop");
        Open(browser, "/console/audit");
        Assert.Contains("usersDisable", browser.FindElement(By.Id("audit")).Text, StringComparison.Ordinal);
        Accessible(browser, "console-07-audit-de-desktop");
        Open(browser, "/console/services");
        Accessible(browser, "console-08-services-de-desktop");
        browser.FindElement(By.CssSelector("#language-pick option[value=fr]")).Click();
        browser.FindElement(By.CssSelector("#language-pick ~ button")).Click();
        WaitFor(browser, d => d.FindElement(By.TagName("html")).GetAttribute("lang") == "fr");
        Assert.Equal("Services", browser.FindElement(By.TagName("h1")).Text);
        Accessible(browser, "console-09-services-fr-desktop");

        // A phone: the same pages, nothing wider than the screen.
        browser.Manage().Window.Size = HeadlessChromium.PhoneScreen;
        foreach (var (path, name) in new[] { ("/console/users", "console-10-users-fr-phone"), ("/console/users/955", "console-11-user-fr-phone"), ("/console/residences", "console-12-residences-fr-phone") })
        {
            Open(browser, path);
            AssertFitsTheScreen(browser);
            Accessible(browser, name);
        }
    }

    [SkippableFact]
    public void A_partner_admin_reaches_nothing_of_another_partner_by_url_and_a_form_without_its_token_is_refused()
    {
        HeadlessChromium.Require();
        using var browser = HeadlessChromium.Start(HeadlessChromium.DesktopScreen, "de-CH");
        SignIn(browser, "lindau.admin", "Lindau#Admin1");

        foreach (var path in new[] { "/console/users/1097", "/console/users/1097/disable", "/console/users/1097/invoices/1", "/console/users?q=demo.vzug" })
        {
            Open(browser, path);
            Assert.DoesNotContain("demo.vzug", browser.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Muster", browser.PageSource, StringComparison.Ordinal);
        }

        Assert.Equal("Kein Benutzer gefunden.", browser.FindElement(By.CssSelector("main p:not(.muted)")).Text);
        Open(browser, "/console/users/1097");
        Assert.Equal("Nicht gefunden", browser.FindElement(By.TagName("h1")).Text);
        Accessible(browser, "console-13-other-partners-user-de-desktop");

        // The confirmation form of a user of its own, its token taken out of the page before it is sent.
        Open(browser, "/console/users/955/disable");
        ((IJavaScriptExecutor)browser).ExecuteScript("document.querySelectorAll('input[name=__RequestVerificationToken]').forEach(i => i.remove());");
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitFor(browser, d => d.FindElement(By.TagName("h1")).Text == "Formular nicht angenommen");
        Accessible(browser, "console-14-form-refused-de-desktop");
        Open(browser, "/console/users/955");
        Assert.Equal("Aktiv", browser.FindElement(By.Id("user-status")).Text);
    }

    [SkippableFact]
    public void An_end_user_is_refused_at_the_sign_in_on_a_phone()
    {
        HeadlessChromium.Require();
        using var browser = HeadlessChromium.Start(HeadlessChromium.PhoneScreen, "it-CH");
        Open(browser, "/console?lang=it");
        Fill(browser, ("email", "demo.vzug"), ("password", "Vzug#2016"));
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        var message = WaitFor(browser, d => d.FindElements(By.Id("signin-message")).FirstOrDefault());
        Assert.StartsWith("La console è riservata", message!.Text, StringComparison.Ordinal);
        Assert.Contains("/console?lang=it", browser.Url, StringComparison.Ordinal);
        AssertFitsTheScreen(browser);
        Accessible(browser, "console-15-end-user-refused-it-phone");
    }

    private void SignIn(ChromeDriver browser, string email, string password)
    {
        Open(browser, "/console");
        Fill(browser, ("email", email), ("password", password));
        browser.FindElement(By.CssSelector("main form button[type=submit]")).Click();
        WaitFor(browser, d => d.Url.EndsWith("/console/users", StringComparison.Ordinal));
    }

    private void Open(ChromeDriver browser, string path) => browser.Navigate().GoToUrl(new Uri(_base, path));

    private static IWebElement Active(ChromeDriver browser) => browser.SwitchTo().ActiveElement();

    private static void Fill(ChromeDriver browser, params (string Name, string Value)[] fields) => FillIn(browser, "main", fields);

    private static void FillIn(ChromeDriver browser, string scope, params (string Name, string Value)[] fields)
    {
        foreach (var (name, value) in fields)
        {
            var field = browser.FindElement(By.CssSelector($"{scope} [name='{name}']"));
            field.Clear();
            field.SendKeys(value);
        }
    }

    private static TResult WaitFor<TResult>(ChromeDriver browser, Func<IWebDriver, TResult> condition)
    {
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(15));
        // An element found in the page being left, read once the next one replaced it: Chrome answers "node does not
        // belong to the document" as an unknown error, where other drivers say stale. The next poll finds the new page.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException), typeof(UnknownErrorException));
        return wait.Until(condition);
    }

    /// <summary>The page's own link fetched outside the browser with the browser's session cookie: the download the link starts.</summary>
    private static async Task<HttpResponseMessage> FetchWithSessionAsync(ChromeDriver browser, string url)
    {
        var session = browser.Manage().Cookies.GetCookieNamed("msp_console") ?? throw new InvalidOperationException("The browser has no console session.");
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"msp_console={session.Value}");
        return await client.SendAsync(request);
    }

    /// <summary>axe-core (vendored, see <c>Console/axe.min.js</c>) on the page: no serious or critical violation of WCAG 2.1 A or AA. Then a screenshot.</summary>
    private static void Accessible(ChromeDriver browser, string screenshot)
    {
        Screenshots.Take(browser, screenshot);
        var script = browser;
        script.ExecuteScript(AxeSource.Value);
        var json = (string)script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))))
              .catch(e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));
            """)!;
        var violations = JsonSerializer.Deserialize<JsonElement>(json).EnumerateArray().ToList();
        var blocking = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{screenshot}: {JsonSerializer.Serialize(blocking)}");
        AxeLog.Record(screenshot, violations.Count);
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Console", "axe.min.js")));

    private static void AssertFitsTheScreen(ChromeDriver browser)
    {
        var widths = (IReadOnlyCollection<object>)((IJavaScriptExecutor)browser).ExecuteScript("return [document.documentElement.scrollWidth, window.innerWidth];")!;
        var (content, viewport) = (Convert.ToInt64(widths.First(), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(widths.Last(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(content <= viewport, $"The page is {content} px wide in a {viewport} px viewport.");
    }

    private static void AssertLogoShows(ChromeDriver browser) =>
        Assert.True(
            new WebDriverWait(browser, TimeSpan.FromSeconds(10)).Until(driver => (bool)((IJavaScriptExecutor)driver).ExecuteScript(
                "const logo = document.querySelector('header.top img'); return logo.complete && logo.naturalWidth > 0;")!),
            "The partner's logo did not load.");
}

/// <summary>The axe results of each page checked, beside the screenshots (<c>axe.txt</c>): the closing note's accessibility figures.</summary>
internal static class AxeLog
{
    private static readonly Lock Gate = new();

    public static void Record(string page, int minorViolations)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Screenshots.Folder);
            File.AppendAllText(Path.Combine(Screenshots.Folder, "axe.txt"), $"{page}: 0 serious or critical, {minorViolations} other violations{Environment.NewLine}");
        }
    }
}

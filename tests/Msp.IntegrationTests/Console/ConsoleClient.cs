using System.Net;
using System.Text.RegularExpressions;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Console;

/// <summary>
/// A person's browser as far as the console's HTTP goes: it keeps the cookies the console sets (by hand: outside
/// Development they are Secure, which a cookie container keeps off plain http), follows no redirect by itself, and posts
/// a page's forms with the antiforgery token the last page carried.
/// </summary>
public sealed partial class ConsoleClient(HttpClient client) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public string LastPage { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>The Set-Cookie headers of the last answer, as sent.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public static ConsoleClient For(MspApiFactory api) =>
        new(api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false }));

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    /// <summary>Posts the fields, with the antiforgery token of the last page unless <paramref name="withToken"/> is false.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, bool withToken = true, params (string Name, string Value)[] fields)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(("__RequestVerificationToken", Token()));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        return await SendAsync(request);
    }

    /// <summary>Opens the sign-in page and signs in; answers the sign-in's own answer (a redirect when it worked).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        using (var form = await GetAsync("/console"))
        {
            Assert.True(form.StatusCode == HttpStatusCode.OK, $"GET /console: {(int)form.StatusCode} {form.Content.Headers.ContentType} {await form.Content.ReadAsStringAsync()}");
        }

        return await PostAsync("/console", true, ("email", email), ("password", password));
    }

    public string Token() => AntiforgeryToken().Match(LastPage) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The last page has no form token.");

    public void Forget(string cookie) => _cookies.Remove(cookie);

    public void Dispose() => client.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToArray() : [];
        foreach (var cookie in LastSetCookies)
        {
            var pair = cookie.Split(';')[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            LastPage = await response.Content.ReadAsStringAsync();
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

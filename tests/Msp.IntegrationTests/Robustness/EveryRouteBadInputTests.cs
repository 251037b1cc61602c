using System.Diagnostics;
using System.Net.Http.Headers;
using Dapper;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// Hostile and broken input against every operation route the host maps (found at run time, so a new route is in
/// the batch the day it is mapped), from every kind of caller. Whatever comes in, the answer is no 500 but a
/// documented one, a media type the route answers, parseable JSON, nothing of the server's insides, and it comes
/// within seconds; and afterwards the demo data is as it was. Every violation is collected, then reported at once.
/// </summary>
[Trait("Category", "Robustness")]
public sealed class EveryRouteBadInputTests(MspApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    /// <summary>Callers other than the two that send everything each send every fifth request, each a different fifth.</summary>
    private const int SamplingStride = 5;

    private const int MaxReportedViolations = 200;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_route_answers_every_hostile_request_without_a_crash_a_leak_or_a_hang()
    {
        Client.Timeout = Patience;
        var before = await DemoDataAsync();
        var routes = RouteCatalogue.Discover(Api.Services);
        Assert.NotEmpty(routes);
        var callers = Callers();
        foreach (var caller in callers)
        {
            await caller.SignInAsync();
        }

        var violations = new List<string>();
        var sent = 0;
        var slowest = (Time: TimeSpan.Zero, Where: "");
        var elapsed = Stopwatch.StartNew();
        foreach (var route in routes)
        {
            var variants = HostileRequests.For(route);
            foreach (var caller in callers)
            {
                for (var i = 0; i < variants.Count; i++)
                {
                    if (!caller.Sends(i))
                    {
                        continue;
                    }

                    var (time, problem) = await SendAsync(route, variants[i], caller);
                    sent++;
                    if (problem is not null)
                    {
                        violations.Add(problem);
                    }

                    if (time > slowest.Time)
                    {
                        slowest = (time, $"{route} as {caller}, {variants[i]}");
                    }
                }

                // revokeToken spends the caller's token; the next route deserves a caller that is still signed in.
                if (caller.IsLive && !await IsSignedInAsync(caller.Token!))
                {
                    await caller.SignInAsync();
                }
            }
        }

        output.WriteLine($"{routes.Count} routes, {sent} requests in {elapsed.Elapsed.TotalSeconds:0.0} s; slowest {slowest.Time.TotalMilliseconds:0} ms: {slowest.Where}");
        output.WriteLine($"Sign-ins: {string.Join(", ", callers.Where(c => c.IsLive).Select(c => $"{c} {c.SignIns}"))}");
        output.WriteLine(string.Join('\n', routes.Select(r => $"  {r.Pattern}: {string.Join(", ", r.Operations.Select(o => $"{o.Method} {o.Request?.Name} ({string.Join(' ', o.Parameters)})"))}")));

        var after = await DemoDataAsync();
        violations.AddRange(Changed("accounts", before.Accounts, after.Accounts, 9));
        violations.AddRange(Changed("services", before.Services, after.Services, 6));
        violations.AddRange(Changed("subscriptions", before.Subscriptions, after.Subscriptions, before.Subscriptions.Length));
        Assert.True(
            violations.Count == 0,
            $"{violations.Count} violations in {sent} answers:\n" + string.Join('\n', violations.Take(MaxReportedViolations))
            + (violations.Count > MaxReportedViolations ? $"\n… and {violations.Count - MaxReportedViolations} more" : ""));
    }

    /// <summary>How a table the batch had to leave alone differs from what it was right after the reset.</summary>
    private static IEnumerable<string> Changed(string table, string[] before, string[] after, int expectedRows)
    {
        if (after.Length != expectedRows)
        {
            yield return $"{table}: {after.Length} rows, not {expectedRows}";
        }

        foreach (var row in before.Except(after))
        {
            yield return $"{table}: row changed or gone: {row}";
        }

        foreach (var row in after.Except(before))
        {
            yield return $"{table}: row changed or new: {row}";
        }
    }

    /// <summary>Sends one request; answers how long it took and, when it broke a rule, the line that says how.</summary>
    private async Task<(TimeSpan Time, string? Problem)> SendAsync(RouteUnderTest route, Variant variant, Caller caller)
    {
        using var request = variant.Build();
        if (caller.Token is { } token && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var where = $"{request.Method} {route} as {caller}, {variant}";
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var time = Stopwatch.GetElapsedTime(started);
            var problems = ResponseRules.Problems(route, request.Method, (int)response.StatusCode, response.Content.Headers.ContentType, body).ToArray();
            return (time, problems.Length == 0 ? null : $"{where}: {(int)response.StatusCode} {Excerpt(body)} — {string.Join("; ", problems)}");
        }
        catch (TaskCanceledException)
        {
            return (Stopwatch.GetElapsedTime(started), $"{where}: no answer within {Patience.TotalSeconds:0} s");
        }
        catch (Exception exception)
        {
            return (Stopwatch.GetElapsedTime(started), $"{where}: the request failed: {exception.GetType().Name} {Excerpt(exception.Message)}");
        }
    }

    private static string Excerpt(string text) =>
        (text.Length > 200 ? text[..200] + "…" : text).ReplaceLineEndings(" ");

    private Caller[] Callers() =>
    [
        new("no token", Caller.SendsEverything, null, isLive: false),
        new("garbage token", 0, () => Task.FromResult("NotAToken0NotAToken0NotAToken0NotAToken0"), isLive: false),
        new("end user jorge (955)", 1, SignInByUidAsync),
        new("end user demo.vzug (1097)", 2, () => TokenOf("demo.vzug", "Vzug#2016")),
        new("partner admin lindau.admin", 3, () => TokenOf("lindau.admin", "Lindau#Admin1")),
        new("service docman", 4, () => TokenOf("docman", "Docman#Svc1")),
        new("msp admin", Caller.SendsEverything, () => TokenOf("admin", "Admin#2016")),
    ];

    private async Task<string> TokenOf(string login, string password) => (await LoginAsync(login, password)).AccessToken;

    /// <summary>User 955's set-top box signs in by its uid (SEED.md), which costs no password hash.</summary>
    private async Task<string> SignInByUidAsync()
    {
        using var response = await Client.PostAsync("/auth/login", Form(("uid", "STB-0955-0001"), ("source", "App")));
        return (await ReadJson(response))["access_token"]!.GetValue<string>();
    }

    /// <summary>getUserInfo answers a live token with the caller's profile, and anything else with a 200 "no match".</summary>
    private async Task<bool> IsSignedInAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/getUserInfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request);
        return (await response.Content.ReadAsStringAsync()).Contains("\"user_info\"", StringComparison.Ordinal);
    }

    /// <summary>The rows the batch must leave alone: accounts with their statuses and password hashes, services, subscriptions.</summary>
    private async Task<(string[] Accounts, string[] Services, string[] Subscriptions)> DemoDataAsync()
    {
        await using var connection = await Api.OpenAsync();
        async Task<string[]> RowsAsync(string sql) =>
            (await connection.QueryAsync(sql)).Select(row => string.Join(" | ", ((IDictionary<string, object?>)row).Values)).ToArray();
        return (
            await RowsAsync("SELECT id, role_id, partner_id, username, email, status, password_hash FROM accounts ORDER BY id"),
            await RowsAsync("SELECT id, name, active, owner_account_id FROM services ORDER BY id"),
            await RowsAsync("SELECT account_id, service_id FROM subscriptions ORDER BY account_id, service_id"));
    }

    /// <summary>One caller of the batch, its token (none, made up, or a live one) and its share of the requests.</summary>
    private sealed class Caller(string name, int slot, Func<Task<string>>? signIn, bool isLive = true)
    {
        public const int SendsEverything = -1;

        public bool IsLive { get; } = isLive;

        public string? Token { get; private set; }

        public int SignIns { get; private set; }

        public bool Sends(int variant) => slot == SendsEverything || variant % SamplingStride == slot;

        public async Task SignInAsync()
        {
            if (signIn is not null)
            {
                Token = await signIn();
                SignIns++;
            }
        }

        public override string ToString() => name;
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using Dapper;
using Msp.IntegrationTests.Documentation;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// Hostile and broken input against every operation route the host maps (found at run time, so a new route is in
/// the batch the day it is mapped), each variant from one kind of caller in rotation, so that across the routes every
/// caller meets every variant. Whatever comes in, the answer is one the route documents (<see cref="DocumentedAnswers"/>)
/// and an instance of the schema its OpenAPI entry gives that status (what a validating proxy would hold it to),
/// a media type the route answers, parseable JSON, nothing of the server's insides, and it comes within seconds; and
/// afterwards the demo data is as it was. Every violation is collected, then reported at once. The batch has a host of
/// its own, so it runs beside the other collections.
/// </summary>
[Trait("Category", "Robustness")]
[Collection(RobustnessCollection.Name)]
public sealed class EveryRouteBadInputTests(MspApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int MaxReportedViolations = 200;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private PublishedSchemas _schemas = null!;

    [Fact]
    public async Task Every_route_answers_every_hostile_request_with_a_documented_answer_and_no_crash_leak_or_hang()
    {
        Client.Timeout = Patience;
        _schemas = await PublishedSchemas.FetchAsync(Client);
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
        for (var r = 0; r < routes.Count; r++)
        {
            var route = routes[r];
            var variants = HostileRequests.For(route);
            for (var i = 0; i < variants.Count; i++)
            {
                var caller = callers[(i + r) % callers.Length];
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

            // revokeToken and logout spend the caller's token; the next route deserves callers that are still signed in.
            foreach (var caller in callers.Where(c => c.IsLive))
            {
                if (!await IsSignedInAsync(caller.Token!))
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
            var problems = ResponseRules.Problems(route, request.Method, (int)response.StatusCode, response.Content.Headers.ContentType, body)
                .Concat(_schemas.AnswerProblem(route.Pattern, request.Method.Method, (int)response.StatusCode, body) is { } untyped ? [untyped] : [])
                .ToArray();
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

    /// <summary>Tokens come from the host's token store: the sweep is about the routes, not the password hash.</summary>
    private Caller[] Callers() =>
    [
        new("no token", null, isLive: false),
        new("garbage token", () => Task.FromResult("NotAToken0NotAToken0NotAToken0NotAToken0"), isLive: false),
        new("end user jorge (955)", () => TokenOf("jorge")),
        new("end user demo.vzug (1097)", () => TokenOf("demo.vzug")),
        new("partner admin lindau.admin", () => TokenOf("lindau.admin")),
        new("service docman", () => TokenOf("docman")),
        new("msp admin", () => TokenOf("admin")),
    ];

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

    /// <summary>One caller of the batch and its token: none, made up, or a live one.</summary>
    private sealed class Caller(string name, Func<Task<string>>? signIn, bool isLive = true)
    {
        public bool IsLive { get; } = isLive;

        public string? Token { get; private set; }

        public int SignIns { get; private set; }

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

/// <summary>The robustness sweep's own host, so that its thousands of requests run beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class RobustnessCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "robustness";
}

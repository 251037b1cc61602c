using System.Diagnostics;
using System.Globalization;
using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// ADR 15: a login with a wrong password for a known account and one for an unknown login do the same work (one claim
/// of an attempt, one hash) and cannot be told apart by timing. A measurement, not a timed assertion: the two alternate
/// (which goes first alternates too), medians and spreads are reported, and the check is a sign test far wider than
/// chance, as in <see cref="ResetTimingTests"/>.
/// </summary>
public sealed class LoginTimingTests(MspApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int WarmUpPairs = 4;
    private const int Pairs = 40;

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_cost_the_same()
    {
        for (var i = 0; i < WarmUpPairs; i++)
        {
            await TimeLoginAsync("jorge");
            await TimeLoginAsync("nobody.at.all");
        }

        var known = new List<double>(Pairs);
        var unknown = new List<double>(Pairs);
        for (var i = 0; i < Pairs; i++)
        {
            // Past the lockout window, so the known account's attempts keep taking the claim-and-hash path.
            Api.Clock.Advance(TimeSpan.FromMinutes(16));
            if (i % 2 == 0)
            {
                known.Add(await TimeLoginAsync("jorge"));
                unknown.Add(await TimeLoginAsync("nobody.at.all"));
            }
            else
            {
                unknown.Add(await TimeLoginAsync("nobody.at.all"));
                known.Add(await TimeLoginAsync("jorge"));
            }
        }

        var knownSlower = known.Zip(unknown).Count(pair => pair.First > pair.Second);
        output.WriteLine($"known, wrong password (n={Pairs}): {Summary(known)}");
        output.WriteLine($"unknown login         (n={Pairs}): {Summary(unknown)}");
        output.WriteLine($"known slower in {knownSlower} of {Pairs} interleaved pairs");

        // Chance alone puts this at 20 ± 3.2 (one standard deviation); 8 to 32 is more than three and a half either way.
        Assert.InRange(knownSlower, Pairs / 5, Pairs * 4 / 5);
    }

    private async Task<double> TimeLoginAsync(string login)
    {
        using var form = Form(("email", login), ("password", "not-the-password"));
        var watch = Stopwatch.StartNew();
        using var response = await Client.PostAsync("/auth/login", form);
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string Summary(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[(int)Math.Round(quantile * (sorted.Length - 1))];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"median {At(0.5):0.000} ms, p25–p75 {At(0.25):0.000}–{At(0.75):0.000} ms, p10–p90 {At(0.1):0.000}–{At(0.9):0.000} ms");
    }
}

using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// ADR 15: a login with a wrong password for a known account and one for an unknown login do the same work (one claim
/// of an attempt, one hash) and cannot be told apart by timing (<see cref="InterleavedTiming"/>).
/// </summary>
[Collection(TimingCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class LoginTimingTests(MspApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int Pairs = 40;

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_cost_the_same()
    {
        // Each pair past the lockout window, so the known account's attempts keep taking the claim-and-hash path.
        var timing = await InterleavedTiming.MeasureAsync(
            warmUpPairs: 4,
            Pairs,
            () => FailLoginAsync("jorge"),
            () => FailLoginAsync("nobody.at.all"),
            () => Api.Clock.Advance(TimeSpan.FromMinutes(16)));

        output.WriteLine($"known, wrong password (n={Pairs}): {InterleavedTiming.Summary(timing.First)}");
        output.WriteLine($"unknown login         (n={Pairs}): {InterleavedTiming.Summary(timing.Second)}");
        output.WriteLine($"known slower in {timing.FirstSlower} of {Pairs} interleaved pairs");

        // Chance alone puts this at 20 ± 3.2 (one standard deviation); 8 to 32 is more than three and a half either way.
        Assert.InRange(timing.FirstSlower, Pairs / 5, Pairs * 4 / 5);
    }

    private async Task FailLoginAsync(string login)
    {
        using var form = Form(("email", login), ("password", "not-the-password"));
        using var response = await Client.PostAsync("/auth/login", form);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

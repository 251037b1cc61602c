using System.Net;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// ADR 15: <c>POST /auth/reset</c> must not tell by its timing whether an address belongs to an active account
/// (<see cref="InterleavedTiming"/>).
/// </summary>
[Collection(TimingCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class ResetTimingTests(MspApiFactory api, ITestOutputHelper output) : ApiTest(api)
{
    private const int WarmUpPairs = 10;
    private const int Pairs = 200;

    [Fact]
    public async Task A_known_and_an_unknown_address_cost_the_same()
    {
        // Past any hourly limit on links, so a known address never takes a cheaper path for having asked often.
        var timing = await InterleavedTiming.MeasureAsync(
            WarmUpPairs,
            Pairs,
            () => ResetAsync("jorge.sanchez@casacom.ch"),
            () => ResetAsync("nobody@example.org"),
            () => Api.Clock.Advance(TimeSpan.FromMinutes(15)));

        output.WriteLine($"known   (n={Pairs}): {InterleavedTiming.Summary(timing.First)}");
        output.WriteLine($"unknown (n={Pairs}): {InterleavedTiming.Summary(timing.Second)}");
        output.WriteLine($"known slower in {timing.FirstSlower} of {Pairs} interleaved pairs");

        // Chance alone puts this at 100 ± 7 (one standard deviation); 60 to 140 is more than five of them either way.
        Assert.InRange(timing.FirstSlower, Pairs * 3 / 10, Pairs * 7 / 10);
    }

    private async Task ResetAsync(string email)
    {
        using var form = Form(("email", email));
        using var response = await Client.PostAsync("/auth/reset", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

using System.Net;
using Msp.IntegrationTests.Auth;
using Msp.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Msp.IntegrationTests.Users;

/// <summary>
/// ADR 15 for validate-end-user: a wrong password for a known end user, an unknown email and a payload that does not
/// verify do the same work (one scope lookup, one claim, one hash) and cannot be told apart by timing.
/// </summary>
[Collection(TimingCollection.Name)]
[Trait(Timing.Trait, Timing.Sensitive)]
public sealed class ValidateEndUserTimingTests(MspApiFactory api, ITestOutputHelper output) : UsersApiTest(api)
{
    private const int Pairs = 40;

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_cost_the_same()
    {
        var token = await TokenOf("admin");
        var wrong = LaravelPayload.Encrypt("not-the-password");
        var timing = await InterleavedTiming.MeasureAsync(
            warmUpPairs: 4,
            Pairs,
            () => FailAsync(token, "jorge.sanchez@casacom.ch", wrong),
            () => FailAsync(token, "nobody@example.ch", wrong),
            () => Api.Clock.Advance(TimeSpan.FromMinutes(16)));
        Report("known, wrong password", "unknown email", timing);

        // Chance alone puts this at 20 ± 3.2 (one standard deviation); 8 to 32 is more than three and a half either way.
        Assert.InRange(timing.FirstSlower, Pairs / 5, Pairs * 4 / 5);
    }

    [Fact]
    public async Task A_wrong_password_and_a_payload_that_does_not_verify_cost_the_same()
    {
        var token = await TokenOf("admin");
        var wrong = LaravelPayload.Encrypt("not-the-password");
        var forged = LaravelPayload.WithForgedMac("s:10:\"Jorge#2016\";");
        var timing = await InterleavedTiming.MeasureAsync(
            warmUpPairs: 4,
            Pairs,
            () => FailAsync(token, "jorge.sanchez@casacom.ch", wrong),
            () => FailAsync(token, "jorge.sanchez@casacom.ch", forged),
            () => Api.Clock.Advance(TimeSpan.FromMinutes(16)));
        Report("known, wrong password", "forged MAC", timing);
        Assert.InRange(timing.FirstSlower, Pairs / 5, Pairs * 4 / 5);
    }

    private void Report(string first, string second, InterleavedTiming timing)
    {
        output.WriteLine($"{first,-22} (n={Pairs}): {InterleavedTiming.Summary(timing.First)}");
        output.WriteLine($"{second,-22} (n={Pairs}): {InterleavedTiming.Summary(timing.Second)}");
        output.WriteLine($"{first} slower in {timing.FirstSlower} of {Pairs} interleaved pairs");
    }

    private async Task FailAsync(string token, string email, string payload)
    {
        using var response = await SendAsync(HttpMethod.Post, "/users/validate-end-user", token, Form(("Email", email), ("Password", payload)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"403"}""", await response.Content.ReadAsStringAsync());
    }
}

using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

public sealed class DeviceUidGuessesTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestData.Clock();

    [Fact]
    public void An_address_is_blocked_at_the_limit_until_its_minute_is_over_and_others_never_are()
    {
        var guesses = new DeviceUidGuesses(_clock, Options.Create(new AuthOptions { FailedUidLoginsPerMinute = 3 }));

        guesses.RecordFailure("192.0.2.1");
        guesses.RecordFailure("192.0.2.1");
        Assert.False(guesses.IsBlocked("192.0.2.1"));
        guesses.RecordFailure("192.0.2.1");
        Assert.True(guesses.IsBlocked("192.0.2.1"));
        Assert.False(guesses.IsBlocked("192.0.2.2"));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(guesses.IsBlocked("192.0.2.1"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(guesses.IsBlocked("192.0.2.1"));

        // A failure after the window starts a new one.
        guesses.RecordFailure("192.0.2.1");
        Assert.False(guesses.IsBlocked("192.0.2.1"));
    }

    [Fact]
    public void A_limit_of_zero_turns_it_off()
    {
        var guesses = new DeviceUidGuesses(_clock, Options.Create(new AuthOptions { FailedUidLoginsPerMinute = 0 }));

        for (var i = 0; i < 100; i++)
        {
            guesses.RecordFailure("192.0.2.1");
        }

        Assert.False(guesses.IsBlocked("192.0.2.1"));
    }
}

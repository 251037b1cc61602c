using Microsoft.Extensions.Options;
using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.UnitTests.Support;

namespace Msp.UnitTests.Auth;

/// <summary>The counting itself is the database's (ClientAddressWindowTests); here, what the limit asks of it.</summary>
public sealed class DeviceUidGuessesTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly IClientAddressWindowRepository _windows = Substitute.For<IClientAddressWindowRepository>();

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public async Task An_address_is_blocked_once_its_window_holds_the_limit(int failures, bool blocked)
    {
        _windows.CountAsync("192.0.2.1", ClientAddressEvent.FailedUidLogin, Minute, TestData.Now, Arg.Any<CancellationToken>()).Returns(failures);

        Assert.Equal(blocked, await Guesses(limit: 3).IsBlockedAsync("192.0.2.1", default));
    }

    [Fact]
    public async Task A_failure_is_counted_for_its_address_in_a_minute_window_without_a_cap()
    {
        await Guesses(limit: 3).RecordFailureAsync("192.0.2.1", default);

        await _windows.Received(1).TryCountAsync("192.0.2.1", ClientAddressEvent.FailedUidLogin, int.MaxValue, Minute, TestData.Now, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_limit_of_zero_turns_it_off_and_asks_the_database_nothing()
    {
        var guesses = Guesses(limit: 0);

        await guesses.RecordFailureAsync("192.0.2.1", default);
        Assert.False(await guesses.IsBlockedAsync("192.0.2.1", default));

        Assert.Empty(_windows.ReceivedCalls());
    }

    private DeviceUidGuesses Guesses(int limit) =>
        new(_windows, TestData.Clock(), Options.Create(new AuthOptions { FailedUidLoginsPerMinute = limit }));
}

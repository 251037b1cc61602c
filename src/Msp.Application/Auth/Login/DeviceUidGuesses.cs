using Microsoft.Extensions.Options;

namespace Msp.Application.Auth.Login;

/// <summary>
/// Failed device-uid logins per client address (ADR 15). A uid is the only secret of a uid login, so guessing uids is
/// guessing passwords without an account to lock: past <see cref="AuthOptions.FailedUidLoginsPerMinute"/> failures in a
/// minute an address's uid logins fail like a wrong uid until the minute is over. Counted in the database, so the
/// limit holds across instances.
/// </summary>
public sealed class DeviceUidGuesses(IClientAddressWindowRepository windows, TimeProvider clock, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _limit = options.Value.FailedUidLoginsPerMinute;

    public async Task<bool> IsBlockedAsync(string address, CancellationToken cancellationToken) =>
        _limit > 0 && await windows.CountAsync(address, ClientAddressEvent.FailedUidLogin, Window, Now, cancellationToken) >= _limit;

    public async Task RecordFailureAsync(string address, CancellationToken cancellationToken)
    {
        if (_limit > 0)
        {
            await windows.TryCountAsync(address, ClientAddressEvent.FailedUidLogin, int.MaxValue, Window, Now, cancellationToken);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Msp.Application.Auth.Login;

/// <summary>
/// Failed device-uid logins per client address (ADR 15). A uid is the only secret of a uid login, so guessing uids is
/// guessing passwords without an account to lock: past <see cref="AuthOptions.FailedUidLoginsPerMinute"/> failures in a
/// minute an address's uid logins fail like a wrong uid until the minute is over. Counted per instance, in memory.
/// </summary>
public sealed class DeviceUidGuesses(TimeProvider clock, IOptions<AuthOptions> options)
{
    /// <summary>Past this many addresses, windows that have ended are dropped (a scan of spoofed addresses stays bounded).</summary>
    private const int PruneAbove = 10_000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Failures> _byAddress = new(StringComparer.Ordinal);

    private readonly int _limit = options.Value.FailedUidLoginsPerMinute;

    public bool IsBlocked(string address) =>
        _limit > 0 && _byAddress.TryGetValue(address, out var failures) && failures.Start + Window > Now && failures.Count >= _limit;

    public void RecordFailure(string address)
    {
        if (_limit <= 0)
        {
            return;
        }

        var now = Now;
        _byAddress.AddOrUpdate(
            address,
            _ => new Failures(now, 1),
            (_, failures) => failures.Start + Window > now ? failures with { Count = failures.Count + 1 } : new Failures(now, 1));
        if (_byAddress.Count > PruneAbove)
        {
            foreach (var (key, failures) in _byAddress.Where(entry => entry.Value.Start + Window <= now))
            {
                _byAddress.TryRemove(KeyValuePair.Create(key, failures));
            }
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private sealed record Failures(DateTime Start, int Count);
}

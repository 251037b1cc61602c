using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Msp.Application.Upstreams;

/// <summary>
/// Per account, at most <see cref="UpstreamRateLimitOptions.RequestsPerUserPerMinute"/> upstream requests in a window
/// of a minute that opens with the account's first request, on the platform's clock (0: no limit). In process: each
/// instance counts its own (ADR 25). The store is bounded: it is keyed by authenticated account ids only, and windows
/// that ended are swept once a minute, so it holds the accounts that used a relay in the last two minutes at most.
/// </summary>
public sealed partial class UpstreamRateLimiter(IOptions<UpstreamRateLimitOptions> options, TimeProvider clock, ILogger<UpstreamRateLimiter> logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _limit = options.Value.RequestsPerUserPerMinute;
    private readonly ConcurrentDictionary<long, AccountWindow> _windows = new();
    private long _nextSweep;

    /// <summary>The accounts the store holds now: those with a window that has not been swept (the tests hold it to its bound).</summary>
    internal int TrackedAccounts => _windows.Count;

    /// <summary>Counts one request of the account: null when it is within the limit, else how long until its window ends.</summary>
    public TimeSpan? TryCount(long accountId)
    {
        if (_limit <= 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcTicks;
        SweepIfDue(now);
        while (true)
        {
            var window = _windows.GetOrAdd(accountId, static _ => new AccountWindow());
            TimeSpan wait;
            bool firstRefusal;
            lock (window)
            {
                if (window.Swept)
                {
                    continue;
                }

                if (!window.Covers(now))
                {
                    window.Open(now);
                }

                if (window.Count < _limit)
                {
                    window.Count++;
                    return null;
                }

                wait = TimeSpan.FromTicks(window.Start + Window.Ticks - now);
                firstRefusal = !window.Refused;
                window.Refused = true;
            }

            if (firstRefusal)
            {
                LogLimited(logger, accountId, _limit, wait.TotalSeconds);
            }

            return wait;
        }
    }

    /// <summary>
    /// Drops the windows that ended, once a window's length has passed (or the clock was set back by more), on the
    /// request that finds it due. A window is marked before it leaves the store, so a request that took it just before
    /// counts in a new one instead.
    /// </summary>
    private void SweepIfDue(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if ((now < due && due - now <= Window.Ticks) || Interlocked.CompareExchange(ref _nextSweep, now + Window.Ticks, due) != due)
        {
            return;
        }

        foreach (var (accountId, window) in _windows)
        {
            lock (window)
            {
                if (window.Covers(now))
                {
                    continue;
                }

                window.Swept = true;
            }

            _windows.TryRemove(new KeyValuePair<long, AccountWindow>(accountId, window));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountId} passed {Limit} upstream requests a minute; refused for {WaitSeconds:0} s")]
    private static partial void LogLimited(ILogger logger, long accountId, int limit, double waitSeconds);

    /// <summary>One account's current window; guarded by its own lock.</summary>
    private sealed class AccountWindow
    {
        public long Start { get; private set; }

        public int Count { get; set; }

        /// <summary>Whether a request was refused in this window already (logged once a window).</summary>
        public bool Refused { get; set; }

        /// <summary>Left the store: a request holding it takes the account's new one.</summary>
        public bool Swept { get; set; }

        /// <summary>A clock set back before the window's start opens a new one rather than holding the account longer.</summary>
        public bool Covers(long now) => now >= Start && now < Start + Window.Ticks;

        public void Open(long now)
        {
            Start = now;
            Count = 0;
            Refused = false;
        }
    }
}

namespace Msp.Application.Auth;

/// <summary>
/// Counters per client address in fixed windows, in the database, so every instance behind a load balancer counts the
/// same requests. Counting commits at once, whatever the request then does.
/// </summary>
public interface IClientAddressWindowRepository
{
    /// <summary>
    /// Counts one event unless the address's current window already holds <paramref name="limit"/> (atomically: of
    /// many at once, exactly as many as fit are counted); a window older than <paramref name="window"/> starts again.
    /// </summary>
    Task<AddressWindowCount> TryCountAsync(
        string clientAddress, ClientAddressEvent kind, int limit, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>The events in the address's current window (0 when it is over).</summary>
    Task<int> CountAsync(string clientAddress, ClientAddressEvent kind, TimeSpan window, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>What is counted per client address (issue 13 §1).</summary>
public enum ClientAddressEvent
{
    /// <summary>A login or password-reset request (<see cref="AuthOptions.LoginRequestsPerMinute"/>).</summary>
    LoginRequest,

    /// <summary>A device-uid login whose uid matched no device (<see cref="AuthOptions.FailedUidLoginsPerMinute"/>).</summary>
    FailedUidLogin,
}

/// <summary>Whether the event was counted, and when the window that refused it ends.</summary>
public sealed record AddressWindowCount(bool Counted, DateTime WindowEndsUtc);

using Msp.Domain.Auth;

namespace Msp.Application.Auth;

/// <summary>
/// The per-account counter of password attempts; it lives in the database, so every instance sees it.
/// </summary>
public interface ILoginAttemptRepository
{
    /// <summary>
    /// Counts one attempt before its password is checked, atomically, unless the account is locked (false): so no
    /// more attempts than the threshold ever reach the hash, however many arrive at once. The attempt that reaches
    /// the threshold sets the lock; a right password then clears it (<see cref="ClearAsync"/>). The claim commits at
    /// once: it counts whether or not the command that made it succeeds.
    /// </summary>
    Task<bool> TryClaimAsync(long accountId, LockoutPolicy policy, DateTime nowUtc, CancellationToken cancellationToken);

    /// <summary>Resets the counter and the lock, in the command's transaction.</summary>
    Task ClearAsync(long accountId, CancellationToken cancellationToken);
}

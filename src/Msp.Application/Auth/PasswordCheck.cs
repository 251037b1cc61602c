using Microsoft.Extensions.Options;
using Msp.Application.Audit;
using Msp.Domain.Accounts;
using Msp.Domain.Auth;

namespace Msp.Application.Auth;

/// <summary>
/// The one door to an account's password (ADR 15): login, changePassword and every later operation that checks a
/// password go through it. Each check claims an attempt against the account's lockout before it hashes, so guesses
/// through any operation count together and parallel guesses cannot overshoot the threshold; an unknown or locked
/// account spends the same one hash and gets the same false as a wrong password.
/// </summary>
public sealed class PasswordCheck(ILoginAttemptRepository attempts, IPasswordHasher hasher, AuditEntry audit, TimeProvider clock, IOptions<AuthOptions> options)
{
    /// <summary>Identities start at 1: a claim against 0 changes no row.</summary>
    private const long NoAccount = 0;

    private readonly LockoutPolicy _lockout = new(options.Value.LockoutThreshold, TimeSpan.FromMinutes(options.Value.LockoutMinutes));

    /// <summary>
    /// True when <paramref name="password"/> is the account's and the account is not locked. Runs before the
    /// command's first write: the attempt it counts commits at once, whatever the command does next.
    /// </summary>
    public async Task<bool> IsRightAsync(UserAccount? account, string password, CancellationToken cancellationToken)
    {
        if (account is null)
        {
            // The same claim statement and write turn as a known account's, against an id no account has, and the
            // same one hash: an unknown login costs what a wrong password costs.
            if (_lockout.Enabled)
            {
                await attempts.TryClaimAsync(NoAccount, _lockout, clock.GetUtcNow().UtcDateTime, cancellationToken);
            }

            hasher.VerifyNothing(password);
            return false;
        }

        if (_lockout.Enabled && !await attempts.TryClaimAsync(account.Id, _lockout, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            // The record says it; the caller's answer does not (docs/contract.md §3: a locked account looks like a wrong password).
            audit.Raise("lockout", account.Id);
            hasher.VerifyNothing(password);
            return false;
        }

        if (!hasher.Verify(account.PasswordHash, password))
        {
            return false;
        }

        if (_lockout.Enabled)
        {
            await attempts.ClearAsync(account.Id, cancellationToken);
        }

        return true;
    }

    /// <summary>Whether the account may sign in by device uid: not while guesses at its password have locked it.</summary>
    public bool IsLocked(UserAccount account) => _lockout.Enabled && account.IsLockedOut(clock.GetUtcNow().UtcDateTime);
}

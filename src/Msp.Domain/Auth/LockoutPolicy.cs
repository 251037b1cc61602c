namespace Msp.Domain.Auth;

/// <summary>
/// Brute-force protection of docs/contract.md §3: <see cref="Threshold"/> failed logins within
/// <see cref="Window"/> lock the account for <see cref="Window"/>. A threshold of 0 turns it off.
/// </summary>
public sealed record LockoutPolicy(int Threshold, TimeSpan Window)
{
    public bool Enabled => Threshold > 0;
}

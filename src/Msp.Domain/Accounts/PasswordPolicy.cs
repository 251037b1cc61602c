namespace Msp.Domain.Accounts;

/// <summary>The rules every new password obeys (docs/contract.md §3: "password under 6 characters" is a bad parameter).</summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 6;

    /// <summary>Long enough to hold a passphrase, short enough that hashing it cannot be used to burn CPU.</summary>
    public const int MaximumLength = 128;

    public static bool IsAcceptable(string password) =>
        password.Length is >= MinimumLength and <= MaximumLength;
}

namespace Msp.Application.Auth.ResetPasswordPage;

/// <summary>The token in a reset link: 40 alphanumerics, like every other token of the platform.</summary>
public static class ResetLinkToken
{
    public const int Length = 40;

    /// <summary>Anything else cannot be a link the platform sent, and is not looked up.</summary>
    public static bool IsWellFormed(string? token) => token is { Length: Length } && token.All(char.IsAsciiLetterOrDigit);
}

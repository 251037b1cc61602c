namespace Msp.Domain.Accounts;

/// <summary>The genders the spec lists for a user (6.43): Male or Female, taken in any case, stored in lower case (ADR 17).</summary>
public static class Gender
{
    public const string Male = "male";

    public const string Female = "female";

    /// <summary>The stored spelling of the gender <paramref name="text"/> names; null for another.</summary>
    public static string? Parse(string text) => text.ToLowerInvariant() switch
    {
        Male => Male,
        Female => Female,
        _ => null,
    };
}

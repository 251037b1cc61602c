namespace Msp.Application.Auth.SetDeviceToken;

/// <summary>The platforms spec 6.37 names, spelled as stored.</summary>
public static class PushPlatform
{
    public const string Android = "Android";

    public const string Ios = "iOS";

    public static string? Canonical(string? value) =>
        string.Equals(value, Android, StringComparison.OrdinalIgnoreCase) ? Android
        : string.Equals(value, Ios, StringComparison.OrdinalIgnoreCase) ? Ios
        : null;
}

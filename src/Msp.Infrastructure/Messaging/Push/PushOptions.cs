namespace Msp.Infrastructure.Messaging.Push;

/// <summary>The <c>Push</c> section: Firebase Cloud Messaging for every device, APNs for the iOS apps listed under it.</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    public FcmOptions Fcm { get; set; } = new();

    public ApnsOptions Apns { get; set; } = new();
}

/// <summary>FCM HTTP v1: a service account's JSON key (as Google's console downloads it) and the API's address.</summary>
public sealed class FcmOptions
{
    /// <summary>The service account key file's JSON text; its <c>project_id</c> names the project, its <c>token_uri</c> the token endpoint.</summary>
    public string ServiceAccountJson { get; set; } = "";

    public string BaseUrl { get; set; } = "https://fcm.googleapis.com/";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>APNs with a token-based key (.p8): the key's id, the team, and the iOS apps (bundle ids) that go through it.</summary>
public sealed class ApnsOptions
{
    public string KeyId { get; set; } = "";

    public string TeamId { get; set; } = "";

    /// <summary>The .p8 key's PEM text (an EC P-256 private key).</summary>
    public string PrivateKey { get; set; } = "";

    /// <summary>App ids (setDeviceToken's <c>App_ID</c>, the APNs topic) whose iOS devices APNs serves; every other device goes through FCM.</summary>
    public List<string> BundleIds { get; set; } = [];

    public string BaseUrl { get; set; } = "https://api.push.apple.com/";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Serves(string platform, string appId) =>
        string.Equals(platform, "iOS", StringComparison.OrdinalIgnoreCase) && BundleIds.Contains(appId, StringComparer.Ordinal);
}

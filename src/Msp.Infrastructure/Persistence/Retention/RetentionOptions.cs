namespace Msp.Infrastructure.Persistence.Retention;

/// <summary>
/// The <c>Retention</c> section: how long rows that have served their purpose stay before the retention job deletes
/// them, so that the database does not grow without bound. Ages count from the moment a row stopped mattering.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// The message quotas count an account's and a recipient's messages of the last hour (<c>Messaging:*Quota</c>), so
    /// sent messages stay at least that long.
    /// </summary>
    public static readonly TimeSpan QuotaWindow = TimeSpan.FromHours(1);

    /// <summary>Run the job in this process; one instance of several is enough, though more do no harm.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The pause between two sweeps (real time).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement, so that no sweep holds the write lock for long.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>A sent message, after it was sent.</summary>
    public TimeSpan SentMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A message given up on, after it was queued: long enough for someone to look into why.</summary>
    public TimeSpan DeadMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A reset link that was used or has expired, after it was issued.</summary>
    public TimeSpan ResetLinks { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// An access token whose refresh token has expired, and its device sessions, after that expiry. Until then a
    /// rotated refresh token is kept, so that its reuse is recognised (ADR 7).
    /// </summary>
    public TimeSpan ExpiredTokens { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A client address's login or uid-guess counting window, after it started (windows last a minute).</summary>
    public TimeSpan AddressWindows { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// An account's per-hour counting window ("taken" answers of users/register and users/update), after it started.
    /// </summary>
    public TimeSpan AccountWindows { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// A push token its app has not refreshed (setDeviceToken) for this long: FCM treats a token as stale after 270
    /// days without a connection, and the app sets it again when it comes back. A disabled or deleted account's tokens
    /// go at the next sweep whatever their age.
    /// </summary>
    public TimeSpan UnusedPushTokens { get; set; } = TimeSpan.FromDays(270);

    /// <summary>An audit event, after it happened: over a year, so that a year's events can be set beside the last one's.</summary>
    public TimeSpan AuditEvents { get; set; } = TimeSpan.FromDays(400);

    public bool IsValid() =>
        Interval >= TimeSpan.FromSeconds(1) && BatchSize is >= 1 and <= 10_000
        && SentMessages >= QuotaWindow && DeadMessages > TimeSpan.Zero && ResetLinks > TimeSpan.Zero && ExpiredTokens >= TimeSpan.Zero
        && AddressWindows >= TimeSpan.FromMinutes(1) && AccountWindows >= TimeSpan.FromHours(1) && UnusedPushTokens > TimeSpan.Zero && AuditEvents >= TimeSpan.FromDays(1);
}

namespace Msp.Infrastructure.Messaging;

/// <summary>The <c>Outbox</c> section: how the dispatcher polls, claims, retries and gives up.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the dispatcher in this process. Off where another process dispatches, or in tests that drive it themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The pause after a batch that was not full (real time: it paces database load, not message time).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim keeps other instances off a row; longer than a batch's sends can take (their timeouts included).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed attempts after which a message is marked dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with every further one, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>This process's name in <c>claimed_by</c>; by default machine, process and a random suffix.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures.</summary>
    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var wait = BackoffBase.TotalMilliseconds * factor;
        return wait >= MaxBackoff.TotalMilliseconds ? MaxBackoff : TimeSpan.FromMilliseconds(wait);
    }
}

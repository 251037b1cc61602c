namespace Msp.Infrastructure.Memory;

/// <summary>How often the process hands its native heap's free pages back to the system (ADR 36).</summary>
public sealed class NativeHeapOptions
{
    public const string Section = "NativeHeap";

    /// <summary>Zero turns the trimming off.</summary>
    public TimeSpan TrimEvery { get; set; } = TimeSpan.FromSeconds(10);
}

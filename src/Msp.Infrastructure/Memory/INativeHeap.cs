namespace Msp.Infrastructure.Memory;

/// <summary>The C library's heap, where SQLite, the JIT and the runtime allocate outside the garbage-collected heap.</summary>
public interface INativeHeap
{
    /// <summary>Whether this C library can hand free pages back on request.</summary>
    bool CanTrim { get; }

    /// <summary>Hands the free pages of every arena back to the system.</summary>
    void Trim();
}

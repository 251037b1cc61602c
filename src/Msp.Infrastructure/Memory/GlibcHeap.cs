using System.Runtime.InteropServices;

namespace Msp.Infrastructure.Memory;

/// <summary>
/// glibc's <c>malloc_trim(0)</c>: glibc returns a thread arena's memory only from the arena's top, so blocks freed in
/// the middle stay resident after the burst that needed them (ADR 36). Other C libraries (musl, Windows, macOS) have
/// no such call; there <see cref="CanTrim"/> is false.
/// </summary>
public sealed class GlibcHeap : INativeHeap
{
    public bool CanTrim { get; } = OperatingSystem.IsLinux() && HasMallocTrim();

    public void Trim()
    {
        if (CanTrim)
        {
            _ = MallocTrim(0);
        }
    }

    private static bool HasMallocTrim() =>
        NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out _);

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}

using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Msp.Infrastructure.Memory;

namespace Msp.IntegrationTests.Memory;

/// <summary>ADR 36: the native heap's freed blocks go back to the system on the trimmer's clock.</summary>
public sealed class NativeHeapTrimmerTests
{
    private const int Block = 64 * 1024;

    [SkippableFact]
    public void A_trim_hands_back_the_pages_of_blocks_freed_below_one_still_in_use()
    {
        var heap = new GlibcHeap();
        Skip.IfNot(heap.CanTrim, "a C library without malloc_trim");

        // Blocks under glibc's mmap threshold come from an arena; the one kept in use holds the arena's top, so only a
        // trim can return the pages of the 1,024 freed below it.
        var blocks = Enumerable.Range(0, 1025).Select(_ => Marshal.AllocHGlobal(Block)).ToArray();
        try
        {
            foreach (var block in blocks)
            {
                Marshal.Copy(new byte[Block], 0, block, Block);
            }

            foreach (var block in blocks[..^1])
            {
                Marshal.FreeHGlobal(block);
            }

            var before = ResidentBytes();
            heap.Trim();

            Assert.True(before - ResidentBytes() > 32L * 1024 * 1024, $"resident {before} bytes before the trim, {ResidentBytes()} after");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[^1]);
        }
    }

    [Fact]
    public async Task It_trims_once_per_interval_on_the_platform_clock()
    {
        var heap = new CountingHeap(canTrim: true);
        var clock = new FakeTimeProvider();
        using var trimmer = Trimmer(heap, TimeSpan.FromSeconds(10), clock);

        await trimmer.StartAsync(CancellationToken.None);

        // The trimmer starts its timer on a background thread: a second at a time until its first trim.
        var advanced = TimeSpan.Zero;
        while (heap.Trims == 0 && advanced < TimeSpan.FromMinutes(1))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.Delay(10);
        }

        Assert.InRange(advanced, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        for (var tick = 2; tick <= 3; tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(9));
            await Task.Delay(50);
            Assert.Equal(tick - 1, heap.Trims);
            clock.Advance(TimeSpan.FromSeconds(1));
            await WaitForAsync(() => heap.Trims == tick);
        }

        await trimmer.StopAsync(CancellationToken.None);
        Assert.Equal(3, heap.Trims);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, false)]
    public async Task It_never_trims_when_switched_off_or_when_the_C_library_cannot(int seconds, bool canTrim)
    {
        var heap = new CountingHeap(canTrim);
        var clock = new FakeTimeProvider();
        using var trimmer = Trimmer(heap, TimeSpan.FromSeconds(seconds), clock);

        await trimmer.StartAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(5));
        await trimmer.StopAsync(CancellationToken.None);

        Assert.Equal(0, heap.Trims);
    }

    private static NativeHeapTrimmer Trimmer(INativeHeap heap, TimeSpan every, TimeProvider clock) =>
        new(heap, Options.Create(new NativeHeapOptions { TrimEvery = every }), clock, NullLogger<NativeHeapTrimmer>.Instance);

    /// <summary>The resident set from <c>/proc/self/statm</c> (its second field, in pages).</summary>
    private static long ResidentBytes() => long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1]) * Environment.SystemPageSize;

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var wait = 0; wait < 500 && !condition(); wait++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class CountingHeap(bool canTrim) : INativeHeap
    {
        private int _trims;

        public bool CanTrim => canTrim;

        public int Trims => Volatile.Read(ref _trims);

        public void Trim() => Interlocked.Increment(ref _trims);
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// Compares the time of two kinds of request, for the "no enumeration by timing" rules (ADR 15). A measurement, not a
/// timed assertion: the two alternate (which goes first alternates too, so drift and warm-up hit both alike), medians
/// and spreads are reported, and the caller checks a sign test: with no difference the first kind is the slower of
/// its pair about half the time; when its path does more work it is the slower one nearly always.
/// </summary>
internal sealed record InterleavedTiming(IReadOnlyList<double> First, IReadOnlyList<double> Second)
{
    /// <summary>In how many pairs the first kind took longer.</summary>
    public int FirstSlower => First.Zip(Second).Count(pair => pair.First > pair.Second);

    public static async Task<InterleavedTiming> MeasureAsync(int warmUpPairs, int pairs, Func<Task> first, Func<Task> second, Action beforeEachPair)
    {
        for (var i = 0; i < warmUpPairs; i++)
        {
            await first();
            await second();
        }

        var firsts = new List<double>(pairs);
        var seconds = new List<double>(pairs);
        for (var i = 0; i < pairs; i++)
        {
            beforeEachPair();
            if (i % 2 == 0)
            {
                firsts.Add(await TimeAsync(first));
                seconds.Add(await TimeAsync(second));
            }
            else
            {
                seconds.Add(await TimeAsync(second));
                firsts.Add(await TimeAsync(first));
            }
        }

        return new InterleavedTiming(firsts, seconds);
    }

    public static string Summary(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[(int)Math.Round(quantile * (sorted.Length - 1))];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"median {At(0.5):0.000} ms, p25–p75 {At(0.25):0.000}–{At(0.75):0.000} ms, p10–p90 {At(0.1):0.000}–{At(0.9):0.000} ms");
    }

    private static async Task<double> TimeAsync(Func<Task> request)
    {
        var watch = Stopwatch.StartNew();
        await request();
        return watch.Elapsed.TotalMilliseconds;
    }
}

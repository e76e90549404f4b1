using System.Diagnostics;

namespace FmPortal.Bench;

/// <summary>
/// `-- --paired 500`: BareHandler and FullPipeline alternately on one host, call by call, per store.
/// BenchmarkDotNet measures the two cases minutes apart, so on a shared machine a change in background load
/// lands on one side of the ratio; alternating puts both sides under the same load, and the median of
/// per-pair ratios ignores the spikes.
/// </summary>
internal static class PairedRun
{
    public static async Task RunAsync(int pairs)
    {
        foreach (var store in Enum.GetValues<Store>())
        {
            var bench = new LabResultsBenchmarks { Store = store };
            await bench.Setup();
            try
            {
                for (var i = 0; i < 50; i++) { await bench.BareHandler(); await bench.FullPipeline(); }   // warm-up
                var bare = new double[pairs];
                var full = new double[pairs];
                for (var i = 0; i < pairs; i++)
                {
                    bare[i] = await Time(bench.BareHandler);
                    full[i] = await Time(bench.FullPipeline);
                }
                var ratio = Median(bare.Zip(full, (b, f) => f / b));
                Console.WriteLine($"{store,-10} bare {Median(bare),8:F0} µs   full {Median(full),8:F0} µs   median ratio {ratio:F2}   ({pairs} pairs)");
            }
            finally
            {
                await bench.Cleanup();
            }
        }
    }

    private static async Task<double> Time(Func<Task<int>> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}

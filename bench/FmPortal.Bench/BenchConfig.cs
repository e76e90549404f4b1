using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace FmPortal.Bench;

/// <summary>
/// One launch, 5 warm-ups, 30 measured iterations of ~250 ms each: the full run (8 cases, each with its own
/// host start-up and import) takes about two minutes on 2 cores.
/// In-process: the default toolchain rebuilds the whole host (Razor, source generators) into a generated
/// project for every run, which alone exceeds its two-minute build timeout on a small machine. Each case
/// still gets its own host and database from [GlobalSetup]; only static caches are shared.
/// Median is shown beside Mean because commits to a file have a long tail (fsync, WAL checkpoints).
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(30)
            .WithIterationTime(TimeInterval.FromMilliseconds(250)));
        AddColumn(StatisticColumn.Median);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
    }
}

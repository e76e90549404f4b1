using BenchmarkDotNet.Running;

namespace FmPortal.Bench;

// Not top-level statements: the host already has a global Program type and the names would clash.
public static class BenchMain
{
    /// <summary>`dotnet run -c Release --project bench/FmPortal.Bench -- --filter '*'`, or `-- --paired 500`.</summary>
    public static async Task Main(string[] args)
    {
        if (args is ["--paired", var pairs])
        {
            await PairedRun.RunAsync(int.Parse(pairs, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchMain).Assembly).Run(args);
    }
}

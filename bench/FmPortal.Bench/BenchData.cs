namespace FmPortal.Bench;

/// <summary>The real Synthea bundles beside the repository (../shared/data), as the tests find them.</summary>
internal static class BenchData
{
    public const string Raul = "synthea-Raul_Fernandez-a464d81c.json";

    public static string Synthea(string name) => Path.Combine(SharedData(), "fhir", "synthea", name);

    private static string SharedData() =>
        Environment.GetEnvironmentVariable("FMPORTAL_SHARED_DATA") is { Length: > 0 } custom
            ? custom
            : Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data"));

    // BenchmarkDotNet runs each case from a generated project under bin/, still below the solution folder.
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FmPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FmPortal.sln not found above the benchmark binaries.");
    }
}

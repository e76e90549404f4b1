namespace FmPortal.Tests.Support;

/// <summary>The real public input files (Synthea bundles, HL7 examples) that sit beside the repository.</summary>
public static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedData { get; } =
        Environment.GetEnvironmentVariable("FMPORTAL_SHARED_DATA") is { Length: > 0 } custom
            ? custom
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    public static string Synthea(string name) => Path.Combine(SharedData, "fhir", "synthea", name);

    public static string Hl7Example(string name) => Path.Combine(SharedData, "fhir", "hl7-r4-examples", name);

    public const string Alfreda = "synthea-Alfreda_Wyman-3287b938.json";
    public const string Louis = "synthea-Louis_Maggio-2e275d4b.json";
    public const string Lupe = "synthea-Lupe_Little-f8a42e66.json";
    public const string Raul = "synthea-Raul_Fernandez-a464d81c.json";

    public static byte[] Bytes(string path) => File.ReadAllBytes(path);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FmPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FmPortal.sln not found above the test binaries.");
    }
}

using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Ui;
using Mediator;

namespace FmPortal.Host.Cli;

/// <summary>
/// `dotnet run --project src/Host -- import-labs &lt;file-or-folder&gt; [--patient &lt;id&gt;]`.
/// Runs as a named system actor through the same mediator pipeline as the pages, so it is audited.
/// </summary>
public static class PortalCommandLine
{
    public static readonly string[] Commands = ["import-labs"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        return args[0] switch
        {
            "import-labs" => await ImportLabs(services, args[1..], output),
            _ => Usage(output),
        };
    }

    private static async Task<int> ImportLabs(IServiceProvider services, string[] args, TextWriter output)
    {
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        Guid? patient = null;
        var patientAt = Array.IndexOf(args, "--patient");
        if (patientAt >= 0)
        {
            if (patientAt + 1 >= args.Length || !Guid.TryParse(args[patientAt + 1], out var id))
                return Fail(output, "--patient needs a patient id (a GUID).");
            patient = id;
            paths.Remove(args[patientAt + 1]);
        }
        if (paths.Count == 0) return Usage(output);

        var files = new List<string>();
        foreach (var path in paths.Select(FromCallersFolder))
        {
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else return Fail(output, $"No such file or folder: {path}");
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IActorContext>()
            .Set(Actor.System("cli:import-labs", "cli-" + Guid.NewGuid().ToString("N")));
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var failures = 0;
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            try
            {
                var content = info.Length <= ImportLabBundleCommand.MaxBytes ? await File.ReadAllBytesAsync(file) : [];
                var result = await mediator.Send(new ImportLabBundleCommand
                {
                    FileName = info.Name, SizeBytes = info.Length, Content = content, PatientId = patient,
                });
                output.WriteLine($"{info.Name}: {result.ResultsCreated} results and {result.ReportsCreated} reports created, " +
                                 $"{result.ResultsAlreadyPresent} already present, {result.EntriesSkipped} entries skipped (patient {result.PatientId}).");
            }
            catch (Exception error)
            {
                failures++;
                output.WriteLine($"{info.Name}: not imported. {RequestError.Describe(error)}");
                if (error.Message.Contains("choose the patient", StringComparison.Ordinal) && patient is null)
                    output.WriteLine("  (give it with --patient <patient-id>)");
            }
        }
        output.WriteLine($"{files.Count - failures} of {files.Count} files imported.");
        return failures == 0 ? 0 : 1;
    }

    // `dotnet run --project` starts the program in the project folder; the shell's PWD is where the user typed the path.
    private static string FromCallersFolder(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } pwd
            ? path
            : Path.GetFullPath(Path.Combine(pwd, path));

    private static int Usage(TextWriter output)
    {
        output.WriteLine("usage: import-labs <file-or-folder> [more…] [--patient <patient-id>]");
        output.WriteLine("  --patient  the portal patient id, for bundles that hold no Patient resource");
        return 2;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine(message);
        return 2;
    }
}

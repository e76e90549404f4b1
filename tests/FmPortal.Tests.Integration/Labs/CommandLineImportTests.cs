using FmPortal.Host.Cli;
using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Tests.Integration.Infrastructure;

namespace FmPortal.Tests.Integration.Labs;

/// <summary>`import-labs` as the command line runs it: same services, same pipeline, audited as the system actor.</summary>
public sealed class CommandLineImportTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private PortalApp App => portal.App;

    [Fact]
    public async Task Importing_the_synthea_folder_imports_every_bundle_and_reports_each()
    {
        var output = new StringWriter();

        var exit = await PortalCommandLine.RunAsync(App.Services, ["import-labs", Path.GetDirectoryName(TestData.Synthea(TestData.Alfreda))!], output);

        Assert.Equal(0, exit);
        Assert.Contains("4 of 4 files imported.", output.ToString());
        Assert.Contains("synthea-Raul_Fernandez-a464d81c.json: 84 results", output.ToString());
        var raul = await App.PatientIdOf("raul.fernandez");
        Assert.Equal(84, (await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(raul)))).Count);
        Assert.Contains(await AuditTrail.EventsFor(App, "Labs.ImportLabBundle", raul, AuditOutcome.Allowed),
            e => e.ActorName == "cli:import-labs" && e.ActorRole == "system-integration");
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_is_reported_and_the_exit_code_says_so()
    {
        var output = new StringWriter();

        var exit = await PortalCommandLine.RunAsync(App.Services,
            ["import-labs", TestData.Synthea(TestData.Lupe), TestData.Hl7Example("Observation-f001.json")], output);

        Assert.Equal(1, exit);
        Assert.Contains("Observation-f001.json: not imported. The file holds a FHIR Observation resource, not a Bundle.", output.ToString());
        Assert.Contains("1 of 2 files imported.", output.ToString());
    }

    [Fact]
    public async Task A_missing_path_and_a_bad_patient_id_are_usage_errors()
    {
        var output = new StringWriter();

        Assert.Equal(2, await PortalCommandLine.RunAsync(App.Services, ["import-labs", "/no/such/folder"], output));
        Assert.Equal(2, await PortalCommandLine.RunAsync(App.Services, ["import-labs", "x.json", "--patient", "not-a-guid"], output));
        Assert.Contains("No such file or folder", output.ToString());
    }
}

using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Tests.Integration.Infrastructure;

namespace FmPortal.Tests.Integration.Labs;

/// <summary>Every bad file gets a specific message, writes nothing, and is audited as failed.</summary>
public abstract class BadInputTests(Func<PortalApp> portal)
{
    private PortalApp App => portal();

    private async Task<long> StoredResults() =>
        await RawSql.ScalarAsync(App.Database, $"SELECT COUNT(*) FROM {RawSql.Table(App.Database, "labs", "Results")}");

    private async Task<string> Refused(ImportLabBundleCommand command)
    {
        var before = await StoredResults();
        var error = await Assert.ThrowsAnyAsync<PortalException>(() => App.As("admin.novak", m => m.Send(command)));
        Assert.Equal(before, await StoredResults());
        return error.Message;
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_its_position()
    {
        var message = await Refused(LabImports.FromText("broken.json", "{ \"resourceType\": \"Bundle\", \"entry\": [ }"));
        Assert.Contains("not valid JSON", message);
        Assert.Contains("line 1", message);
    }

    [Fact]
    public async Task A_resource_that_is_not_a_bundle_is_refused_by_type()
    {
        var message = await Refused(LabImports.FromFile(TestData.Hl7Example("Observation-f001.json")));
        Assert.Equal("The file holds a FHIR Observation resource, not a Bundle.", message);
    }

    [Fact]
    public async Task An_observation_without_a_value_is_refused_and_nothing_of_the_bundle_is_written()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestData.Synthea(TestData.Louis)))!;
        var lab = json["entry"]!.AsArray().Select(e => e!["resource"]!)
            .Where(r => (string?)r["resourceType"] == "Observation" && r.ToJsonString().Contains("\"laboratory\"")).ElementAt(3);
        lab.AsObject().Remove("valueQuantity");

        var message = await Refused(LabImports.FromText("no-value.json", json.ToJsonString()));

        Assert.Matches(@"^Entry \d+ \(Observation [0-9a-f-]+\) has no value\.$", message);
    }

    [Fact]
    public async Task An_observation_without_a_code_is_refused()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestData.Synthea(TestData.Louis)))!;
        var lab = json["entry"]!.AsArray().Select(e => e!["resource"]!)
            .First(r => (string?)r["resourceType"] == "Observation" && r.ToJsonString().Contains("\"laboratory\""));
        lab["code"] = System.Text.Json.Nodes.JsonNode.Parse("{\"text\":\"no coding\"}");

        var message = await Refused(LabImports.FromText("no-code.json", json.ToJsonString()));

        Assert.EndsWith("has no code.", message);
    }

    [Fact]
    public async Task A_bundle_whose_patient_matches_nobody_is_refused_without_naming_the_patient()
    {
        var json = File.ReadAllText(TestData.Synthea(TestData.Louis))
            .Replace("\"Maggio\"", "\"Nobody-Known\"")
            .Replace("2e275d4b-855a-4eb2-9021-5410aa8acd4f", "00000000-0000-0000-0000-000000000000");

        var message = await Refused(LabImports.FromText("unknown.json", json));

        Assert.StartsWith("No portal patient matches the bundle's Patient", message);
        Assert.DoesNotContain("Nobody-Known", message);
        Assert.DoesNotContain("Louis", message);
    }

    [Fact]
    public async Task A_bundle_without_a_patient_needs_the_patient_chosen_and_then_imports()
    {
        var message = await Refused(LabImports.FromFile(TestData.Hl7Example("Bundle-lipids.json")));
        Assert.Contains("choose the patient", message);

        var patient = await App.PatientIdOf("jordan.ellis");
        var imported = await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Hl7Example("Bundle-lipids.json"), patient)));

        Assert.Equal(4, imported.ResultsCreated);
        var results = await App.As("np.okafor", m => m.Send(new GetLabResultsQuery(patient)));
        Assert.Contains(results, r => r.ReferenceRange is not null && r.IsAbnormal == true);
    }

    [Fact]
    public async Task A_50_megabyte_file_is_refused_by_size_before_it_is_read()
    {
        var command = new ImportLabBundleCommand { FileName = "huge.json", SizeBytes = 50L * 1024 * 1024, Content = Array.Empty<byte>() };

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => App.As("admin.novak", m => m.Send(command)));

        Assert.Equal("The file is 50.0 MB; the largest accepted is 20 MB.", error.Message);
        Assert.Contains(await AuditTrail.EventsFor(App, "Labs.ImportLabBundle", null, AuditOutcome.Failed),
            e => e.Reason!.StartsWith("invalid:SizeBytes"));
    }

    [Fact]
    public async Task A_refused_import_is_audited_as_failed_with_a_code_not_the_content()
    {
        await Refused(LabImports.FromText("broken.json", "{ nope"));

        var failed = await AuditTrail.EventsFor(App, "Labs.ImportLabBundle", null, AuditOutcome.Failed);
        Assert.Contains(failed, e => e.Reason == "invalid-bundle" && e.ActorName == "admin.novak");
    }
}

public sealed class BadInputOnSqlite(SqlitePortal portal) : BadInputTests(() => portal.App), IClassFixture<SqlitePortal>;

public sealed class BadInputOnPostgres(PostgresPortal portal) : BadInputTests(() => portal.App), IClassFixture<PostgresPortal>;

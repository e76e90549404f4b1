using FmPortal.Modules.Labs.Fhir;

namespace FmPortal.Tests.Unit.Fhir;

/// <summary>The reader on the real public sample files, byte for byte as published.</summary>
public sealed class LabBundleReaderTests
{
    private static ParsedLabBundle Read(string path) => LabBundleReader.Read(TestData.Bytes(path));

    [Theory]
    [InlineData(TestData.Alfreda, 49)]
    [InlineData(TestData.Louis, 35)]
    [InlineData(TestData.Lupe, 46)]
    [InlineData(TestData.Raul, 84)]
    public void Every_laboratory_observation_of_a_synthea_bundle_is_read(string file, int labObservations)
    {
        var bundle = Read(TestData.Synthea(file));

        Assert.Equal(labObservations, bundle.Results.Count);
        Assert.All(bundle.Results, r => Assert.Equal("http://loinc.org", r.CodeSystem));
        Assert.All(bundle.Results, r => Assert.True(r.ValueQuantity is not null || r.ValueText is not null));
        Assert.All(bundle.Results, r => Assert.NotNull(r.EffectiveAt));
        Assert.All(bundle.Results, r => Assert.Equal(TimeSpan.Zero, r.EffectiveAt!.Value.Offset));
        Assert.Equal(bundle.Results.Count, bundle.Results.Select(r => r.SourceKey).Distinct().Count());
        Assert.NotEmpty(bundle.Reports);
    }

    [Fact]
    public void Vital_signs_and_surveys_are_skipped_not_imported()
    {
        var bundle = Read(TestData.Synthea(TestData.Alfreda));

        Assert.DoesNotContain(bundle.Results, r => r.Code == "8302-2");   // body height, a vital sign
        Assert.True(bundle.EntriesSkipped >= 25 + 5);
    }

    [Fact]
    public void A_non_ascii_patient_name_is_read_intact()
    {
        var patient = Read(TestData.Synthea(TestData.Raul)).Patient!;

        Assert.Equal("Fernández", patient.FamilyName);
        Assert.Contains("Raúl", patient.GivenNames);
        Assert.Equal(new DateOnly(1971, 12, 23), patient.BirthDate);
        Assert.Contains("https://github.com/synthetichealth/synthea|a464d81c-9711-436b-a0e9-a3c9f65dbda9", patient.Identifiers);
    }

    [Fact]
    public void Results_are_linked_to_their_diagnostic_report()
    {
        var bundle = Read(TestData.Synthea(TestData.Alfreda));
        var lipid = bundle.Reports.First(r => r.Display == "Lipid Panel");

        var members = bundle.Results.Where(r => r.ReportSourceKey == lipid.SourceKey).Select(r => r.Code).ToList();

        Assert.Contains("2093-3", members);   // total cholesterol
        Assert.Contains("2571-8", members);   // triglycerides
    }

    [Fact]
    public void Reference_ranges_flag_values_outside_them_when_no_interpretation_is_given()
    {
        var bundle = Read(TestData.Hl7Example("Bundle-lipids.json"));

        Assert.Null(bundle.Patient);
        Assert.Equal(4, bundle.Results.Count);
        // The Observations carry no time of their own; they take the report's (2011-03-04T08:30+11:00).
        Assert.All(bundle.Results, r => Assert.Equal(new DateTimeOffset(2011, 3, 3, 21, 30, 0, TimeSpan.Zero), r.EffectiveAt));
        var cholesterol = bundle.Results.Single(r => r.Code == "35200-5");
        Assert.Equal(6.3m, cholesterol.ValueQuantity);
        Assert.Equal("mmol/L", cholesterol.Unit);
        Assert.Equal(4.5m, cholesterol.ReferenceHigh);
        Assert.True(cholesterol.IsAbnormal);
        Assert.False(bundle.Results.Single(r => r.Code == "35217-9").IsAbnormal);   // triglyceride 1.3 < 2.0
        Assert.True(bundle.Results.Single(r => r.Code == "2085-9").IsAbnormal);    // HDL 1.3 below 1.5
    }

    [Fact]
    public void Panels_reached_through_has_member_are_read_and_their_interpretation_kept()
    {
        var bundle = Read(TestData.Hl7Example("Bundle-ghp.json"));

        Assert.Equal(48, bundle.Results.Count);   // 51 Observations less 3 grouping panels
        var hematocrit = bundle.Results.Single(r => r.Code == "4544-3");
        Assert.Equal("H", hematocrit.Interpretation);
        Assert.True(hematocrit.IsAbnormal);
        Assert.All(bundle.Results, r => Assert.NotNull(r.ReportSourceKey));
    }

    [Fact]
    public void A_single_observation_is_refused_as_not_a_bundle()
    {
        var error = Assert.Throws<LabBundleException>(() => Read(TestData.Hl7Example("Observation-f005.json")));
        Assert.Equal("The file holds a FHIR Observation resource, not a Bundle.", error.Message);
    }

    [Fact]
    public void A_bundle_whose_results_are_not_included_is_refused_as_empty()
    {
        var error = Assert.Throws<LabBundleException>(() => Read(TestData.Hl7Example("Bundle-f001.json")));
        Assert.StartsWith("The bundle holds no laboratory results", error.Message);
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("[1,2,3]", "The file is JSON but not valid FHIR R4")]
    [InlineData("{\"resourceType\":\"Bundle\",\"entry\":[", "The file is not valid JSON")]
    [InlineData("{\"resourceType\":\"NoSuchThing\"}", "The file is JSON but not valid FHIR R4")]
    public void Unreadable_files_are_refused_with_a_specific_message(string content, string expectedStart)
    {
        var error = Assert.Throws<LabBundleException>(() => LabBundleReader.Read(System.Text.Encoding.UTF8.GetBytes(content)));
        Assert.StartsWith(expectedStart, error.Message);
    }

    [Fact]
    public void A_bundle_with_two_patients_is_refused()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestData.Synthea(TestData.Lupe)))!;
        var entries = json["entry"]!.AsArray();
        var patient = entries.First(e => (string?)e!["resource"]!["resourceType"] == "Patient")!.DeepClone();
        patient["fullUrl"] = "urn:uuid:11111111-1111-1111-1111-111111111111";
        patient["resource"]!["id"] = "11111111-1111-1111-1111-111111111111";
        entries.Add(patient);

        var error = Assert.Throws<LabBundleException>(() => LabBundleReader.Read(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())));
        Assert.Contains("2 Patient resources", error.Message);
    }

    [Fact]
    public void An_observation_about_someone_else_is_refused()
    {
        var text = File.ReadAllText(TestData.Synthea(TestData.Lupe));
        var json = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var lab = json["entry"]!.AsArray().Select(e => e!["resource"]!)
            .First(r => (string?)r["resourceType"] == "Observation" && r.ToJsonString().Contains("\"laboratory\""));
        lab["subject"] = System.Text.Json.Nodes.JsonNode.Parse("{\"reference\":\"Patient/someone-else\"}");

        var error = Assert.Throws<LabBundleException>(() => LabBundleReader.Read(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())));
        Assert.Contains("different patient", error.Message);
    }
}

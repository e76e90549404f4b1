using System.Text.RegularExpressions;
using FmPortal.Modules.Labs.Contracts;
using FmPortal.Tests.Browser.Infrastructure;

namespace FmPortal.Tests.Browser.Labs;

/// <summary>
/// One lab result's whole life in a real browser, each person in their own browser profile: the admin uploads
/// a Synthea bundle, the physician reads it and opens a trend, billing is shown the chart without the value
/// (live page and prerendered HTML alike), the patient sees it only after release, and the compliance officer
/// finds every one of those steps in the audit grid.
/// </summary>
public sealed class LabJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>, IAsyncDisposable
{
    private const string Cholesterol = "2093-3";   // Total cholesterol: several numeric results in Alfreda's bundle
    private readonly List<BrowserUser> _open = [];

    [Fact]
    public async Task A_lab_result_goes_from_upload_to_chart_to_patient_and_every_step_is_audited()
    {
        var alfreda = await portal.App.PatientIdOf("alfreda.wyman");
        var chart = $"/patients/{alfreda}";

        await Step("1 admin uploads the bundle", AdminUploadsTheBundle);
        var (doctor, value) = await Step("2 physician reads the chart", () => PhysicianReadsTheChart(alfreda));
        await Step("3 billing sees the chart without lab values", () => BillingSeesNoLabValue(chart, value));
        await Step("4 patient sees the result only after release", () => PatientSeesTheResultAfterRelease(doctor, chart, value));
        await Step("5 compliance finds every step in the audit grid", () => ComplianceFindsEveryStep(alfreda));
    }

    private async Task AdminUploadsTheBundle()
    {
        var admin = await SignIn("admin.novak");
        await admin.GotoAsync("/admin/labs/import");

        // MudFileUpload puts the test id on its hidden <input type=file>; filled as the file picker would.
        await admin.TestId("upload").SetInputFilesAsync(TestData.Synthea(TestData.Alfreda));

        await Expect(admin.TestId("import-result")).ToContainTextAsync($"{TestData.Alfreda}: 49 results and");
        await Expect(admin.TestId("error")).ToHaveCountAsync(0);
    }

    private async Task<(BrowserUser Doctor, string Value)> PhysicianReadsTheChart(Guid alfreda)
    {
        var doctor = await SignIn("dr.rivera");
        await doctor.TestId("my-patients").GetByRole(AriaRole.Link, new() { Name = "Alfreda Wyman" }).ClickAsync();
        await doctor.Page.WaitForURLAsync($"**/patients/{alfreda}");

        var rows = doctor.TestId("lab-results").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(49);
        var newest = NewestCholesterolRow(doctor);
        var value = (await newest.GetByTestId("lab-value").InnerTextAsync()).Trim();
        Assert.Matches(new Regex(@"^\d+(\.\d+)? mg/dL$"), value);

        // Flags: as many "Abnormal" chips as the pipeline reports abnormal results (Synthea sends none today).
        var results = await portal.App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(alfreda)));
        await Expect(doctor.TestId("abnormal")).ToHaveCountAsync(results.Count(r => r.IsAbnormal == true));

        // Patient data is loaded over the live circuit only: not even the physician's prerendered HTML holds it.
        var prerendered = await doctor.FetchHtmlAsync($"/patients/{alfreda}");
        Assert.Contains("Lab results", prerendered);
        AssertNoTraceOf(value, prerendered);

        await newest.GetByRole(AriaRole.Link).ClickAsync();
        await doctor.Page.WaitForURLAsync($"**/patients/{alfreda}/labs/{Cholesterol}");
        await Expect(doctor.TestId("trend-chart")).ToBeVisibleAsync();
        await Expect(doctor.Page.GetByText($"LOINC {Cholesterol}")).ToBeVisibleAsync();
        return (doctor, value);
    }

    private async Task BillingSeesNoLabValue(string chart, string value)
    {
        var billing = await SignIn("billing.quinn");
        await billing.GotoAsync(chart);

        await Expect(billing.TestId("patient-header")).ToContainTextAsync("Alfreda Wyman");
        // Wait for the results area to settle either way, so a leak fails on the value, not on a timeout.
        await Expect(billing.TestId("labs-not-in-role").Or(billing.TestId("lab-results"))).ToBeVisibleAsync();
        await Expect(billing.TestId("lab-value")).ToHaveCountAsync(0);
        AssertNoTraceOf(value, await billing.Page.ContentAsync());
        await Expect(billing.TestId("labs-not-in-role")).ToBeVisibleAsync();

        // One page view is one disclosure: what the prerender read is carried into the live circuit, not read again.
        var headerReads = await portal.App.As("compliance.haddad", m => m.Send(new FmPortal.Modules.Audit.Contracts.SearchAuditEventsQuery
        {
            Actor = "billing.quinn", RequestType = "Practice.GetPatient",
        }));
        Assert.Equal(1, headerReads.Total);

        var prerendered = await billing.FetchHtmlAsync(chart);
        Assert.Contains("Lab results", prerendered);
        AssertNoTraceOf(value, prerendered);
    }

    /// <summary>Neither "187.671 mg/dL" nor its number alone (the trend page, for one, prints more digits).</summary>
    private static void AssertNoTraceOf(string value, string html)
    {
        Assert.DoesNotContain(value, html);
        Assert.DoesNotContain(value.Split(' ')[0], html);
    }

    private async Task PatientSeesTheResultAfterRelease(BrowserUser doctor, string chart, string value)
    {
        var patient = await SignIn("alfreda.wyman");
        await Expect(patient.Page).ToHaveURLAsync(new Regex("/me$"));
        await Expect(patient.TestId("no-results")).ToBeVisibleAsync();

        await doctor.GotoAsync(chart);
        var newest = NewestCholesterolRow(doctor);
        await Expect(newest.GetByTestId("lab-value")).ToHaveTextAsync(value);
        await newest.GetByTestId("release").ClickAsync();
        await Expect(newest).ToContainTextAsync("Released");
        await Expect(newest.GetByTestId("release")).ToHaveCountAsync(0);

        await patient.ReloadAsync();
        await Expect(patient.TestId("lab-value")).ToHaveCountAsync(1);
        await Expect(patient.TestId("lab-value")).ToHaveTextAsync(value);
        await Expect(patient.TestId("no-results")).ToHaveCountAsync(0);
    }

    private async Task ComplianceFindsEveryStep(Guid alfreda)
    {
        var officer = await SignIn("compliance.haddad");
        await Expect(officer.Page).ToHaveURLAsync(new Regex("/compliance/audit$"));
        var rows = officer.TestId("audit-grid").Locator("tbody tr");

        // The unfiltered grid opens with the officer's own sign-in, which names no patient; once the
        // filter applies, every row is about Alfreda.
        await officer.Field("filter-patient").FillAsync(alfreda.ToString());
        await officer.Field("filter-patient").PressAsync("Tab");
        await officer.TestId("apply").ClickAsync();
        await Expect(rows.Filter(new() { HasNotText = alfreda.ToString() })).ToHaveCountAsync(0);
        await Expect(rows.First).ToContainTextAsync(alfreda.ToString());

        await Find(officer, "admin.novak", "Labs.ImportLabBundle", "Allowed");
        await Find(officer, "dr.rivera", "Labs.GetLabResults", "Allowed");
        await Find(officer, "dr.rivera", "Labs.GetAnalyteTrend", "Allowed");
        await Find(officer, "billing.quinn", "Practice.GetPatient", "Allowed");
        await Find(officer, "dr.rivera", "Labs.ReleaseLabResult", "Allowed");
    }

    /// <summary>
    /// Filters by user and action (the patient filter stays) and waits for a row with that outcome. Rows left
    /// from the previous filter cannot pass for it: no two checks share both user and action.
    /// </summary>
    private static async Task Find(BrowserUser officer, string user, string action, string outcome)
    {
        await officer.Field("filter-user").FillAsync(user);
        await officer.Field("filter-action").FillAsync(action);
        await officer.Field("filter-action").PressAsync("Tab");
        await officer.TestId("apply").ClickAsync();
        var match = officer.TestId("audit-grid").Locator("tbody tr")
            .Filter(new() { HasText = user }).Filter(new() { HasText = action }).Filter(new() { HasText = outcome });
        await Expect(match.First).ToBeVisibleAsync();
    }

    /// <summary>Results are newest first, so the first row with the code is the latest total cholesterol.</summary>
    private static ILocator NewestCholesterolRow(BrowserUser doctor) =>
        doctor.TestId("lab-results").Locator("tbody tr").Filter(new() { HasText = Cholesterol }).First;

    private async Task<BrowserUser> SignIn(string userName)
    {
        var user = await portal.SignInAsync(userName);
        _open.Add(user);
        return user;
    }

    /// <summary>Runs one step; on failure keeps a screenshot of every open tab and names the step.</summary>
    private async Task<T> Step<T>(string name, Func<Task<T>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception error)
        {
            foreach (var user in _open) await user.CaptureAsync(name);
            throw new Xunit.Sdk.XunitException($"Step '{name}' failed: {error.Message}", error);
        }
    }

    private Task Step(string name, Func<Task> body) => Step(name, async () => { await body(); return 0; });

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _open) await user.DisposeAsync();
    }
}

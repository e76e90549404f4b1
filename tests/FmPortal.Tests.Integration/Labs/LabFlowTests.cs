using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Tests.Integration.Infrastructure;

namespace FmPortal.Tests.Integration.Labs;

/// <summary>The real flow on real input: import a Synthea bundle, read it as different people, release, audit.</summary>
public abstract class LabFlowTests(Func<PortalApp> portal)
{
    private PortalApp App => portal();

    private async Task<(Guid Patient, LabImportResult Import)> ImportAlfreda()
    {
        var import = await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Alfreda))));
        return (import.PatientId, import);
    }

    [Fact]
    public async Task Physician_on_the_care_team_sees_imported_results_newest_first()
    {
        var (patient, import) = await ImportAlfreda();
        Assert.Equal(await App.PatientIdOf("alfreda.wyman"), patient);

        var results = await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient)));

        Assert.Equal(49, results.Count);   // the bundle's 49 laboratory Observations
        Assert.Equal(results.OrderByDescending(r => r.EffectiveAt).Select(r => r.Id), results.Select(r => r.Id));
        var cholesterol = results.First(r => r.LoincCode == "2093-3");
        Assert.NotNull(cholesterol.Value);
        Assert.Equal("mg/dL", cholesterol.Unit);
        Assert.Equal(import.ResultsCreated + import.ResultsAlreadyPresent, results.Count);
        Assert.Contains(results, r => r.ReportId is not null && r.ReportName == "Lipid Panel");
    }

    [Fact]
    public async Task Importing_the_same_bundle_twice_creates_nothing_new()
    {
        await ImportAlfreda();
        var (patient, again) = await ImportAlfreda();

        Assert.Equal(0, again.ResultsCreated);
        Assert.Equal(0, again.ReportsCreated);
        Assert.Equal(49, again.ResultsAlreadyPresent);
        Assert.Equal(49, (await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient)))).Count);
    }

    [Fact]
    public async Task Billing_is_refused_lab_values_and_the_refusal_is_audited()
    {
        var (patient, _) = await ImportAlfreda();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.As("billing.quinn", m => m.Send(new GetLabResultsQuery(patient))));

        Assert.Equal("role", denied.Reason);
        var events = await AuditTrail.EventsFor(App, "Labs.GetLabResults", patient, AuditOutcome.Denied);
        Assert.Contains(events, e => e.ActorName == "billing.quinn" && e.Reason == "denied:role" && e.DisclosedFields is null);
    }

    [Fact]
    public async Task A_physician_off_the_care_team_is_refused()
    {
        var jordan = await App.PatientIdOf("jordan.ellis");

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(jordan))));

        Assert.Equal("care-team", denied.Reason);
        Assert.Contains(await AuditTrail.EventsFor(App, "Labs.GetLabResults", jordan, AuditOutcome.Denied),
            e => e.ActorName == "dr.rivera" && e.Reason == "denied:care-team");
    }

    [Fact]
    public async Task A_patient_cannot_read_another_patients_results()
    {
        var (alfreda, _) = await ImportAlfreda();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.As("louis.maggio", m => m.Send(new GetLabResultsQuery(alfreda))));

        Assert.Equal("own-record-only", denied.Reason);
    }

    [Fact]
    public async Task A_patient_sees_a_result_only_after_the_physician_releases_it()
    {
        var (patient, _) = await ImportAlfreda();
        Assert.Empty(await App.As("alfreda.wyman", m => m.Send(new GetLabResultsQuery(patient))));

        var chosen = (await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient))))
            .First(r => r.ReleasedAt is null);
        await App.As("dr.rivera", m => m.Send(new ReleaseLabResultCommand(patient, chosen.Id)));

        var visible = await App.As("alfreda.wyman", m => m.Send(new GetLabResultsQuery(patient)));
        Assert.Contains(visible, r => r.Id == chosen.Id && r.Value == chosen.Value);
        Assert.Contains(await AuditTrail.EventsFor(App, "Labs.ReleaseLabResult", patient, AuditOutcome.Allowed),
            e => e.ActorName == "dr.rivera" && e.RecordIds!.Contains(chosen.Id.ToString()));
    }

    [Fact]
    public async Task A_result_id_from_another_chart_cannot_be_released_through_this_chart()
    {
        var (alfreda, _) = await ImportAlfreda();
        var louis = (await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Louis))))).PatientId;
        var louisResult = (await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(louis)))).First();

        await Assert.ThrowsAsync<NotFoundException>(() =>
            App.As("dr.rivera", m => m.Send(new ReleaseLabResultCommand(alfreda, louisResult.Id))));
        Assert.Null((await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(louis)))).Single(r => r.Id == louisResult.Id).ReleasedAt);
    }

    [Fact]
    public async Task A_physician_cannot_import_files_into_charts_bulk_import_is_administrative()
    {
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.As("dr.rivera", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Lupe)))));

        Assert.Equal("role", denied.Reason);
    }

    [Fact]
    public async Task Results_in_another_unit_are_left_off_the_trend_and_counted()
    {
        var louis = await App.PatientIdOf("louis.maggio");
        await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Louis))));
        await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Hl7Example("Bundle-lipids.json"), louis)));

        var trend = await App.As("dr.rivera", m => m.Send(new GetAnalyteTrendQuery(louis, "2085-9")));   // HDL
        var results = await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(louis)));

        var hdl = results.Where(r => r.LoincCode == "2085-9").ToList();
        Assert.Contains(hdl, r => r.Unit == "mmol/L" && r.EffectiveAt is not null && r.ReferenceRange == "> 1.5");
        Assert.All(trend.Points, p => Assert.NotNull(p.Value));
        Assert.Equal(hdl.Count(r => r.Unit == trend.Unit), trend.Points.Count);
        Assert.Equal(hdl.Count(r => r.Unit != trend.Unit), trend.OtherUnitCount);
        Assert.True(trend.OtherUnitCount > 0);
    }

    [Fact]
    public async Task A_health_coach_cannot_release_results()
    {
        var (patient, _) = await ImportAlfreda();
        var anyResult = (await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient)))).First();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.As("coach.lind", m => m.Send(new ReleaseLabResultCommand(patient, anyResult.Id))));
    }

    [Fact]
    public async Task The_trend_for_one_analyte_is_oldest_first_and_audited_with_its_record_ids()
    {
        var (patient, _) = await ImportAlfreda();

        var trend = await App.As("dr.rivera", m => m.Send(new GetAnalyteTrendQuery(patient, "2093-3")));

        Assert.True(trend.Points.Count >= 2);
        Assert.Equal(trend.Points.OrderBy(p => p.EffectiveAt).Select(p => p.ResultId), trend.Points.Select(p => p.ResultId));
        var audited = await AuditTrail.EventsFor(App, "Labs.GetAnalyteTrend", patient, AuditOutcome.Allowed);
        Assert.Contains(audited, e => e.DisclosedFields!.Contains("TrendPointDto.Value") && e.RecordIds!.Contains(trend.Points[0].ResultId.ToString()));
    }

    [Fact]
    public async Task A_read_is_audited_with_the_field_names_it_disclosed_never_the_values()
    {
        var (patient, _) = await ImportAlfreda();
        var results = await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient)));

        var audited = (await AuditTrail.EventsFor(App, "Labs.GetLabResults", patient, AuditOutcome.Allowed))
            .First(e => e.ActorName == "dr.rivera");
        Assert.Equal("physician", audited.ActorRole);
        Assert.Equal("TREAT", audited.Purpose);
        Assert.Contains("LabResultDto.Value", audited.DisclosedFields!);
        Assert.Contains(results[0].Id.ToString(), audited.RecordIds!);
        var value = results.First(r => r.Value is not null).Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(value, audited.DisclosedFields!);
    }
}

public sealed class LabFlowOnSqlite(SqlitePortal portal) : LabFlowTests(() => portal.App), IClassFixture<SqlitePortal>;

public sealed class LabFlowOnPostgres(PostgresPortal portal) : LabFlowTests(() => portal.App), IClassFixture<PostgresPortal>;

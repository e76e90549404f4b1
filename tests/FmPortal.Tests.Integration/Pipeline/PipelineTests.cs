using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Practice.Contracts;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Pipeline.Auditing;
using FmPortal.Tests.Integration.Infrastructure;

namespace FmPortal.Tests.Integration.Pipeline;

/// <summary>The spine, through the real host on a real database: who may ask, what comes back, what is written down.</summary>
public abstract class PipelineTests(Func<PortalApp> portal)
{
    private PortalApp App => portal();

    [Fact]
    public async Task A_health_coach_gets_the_chart_header_with_insurance_withheld_and_the_event_says_filtered()
    {
        var patient = await App.PatientIdOf("alfreda.wyman");

        var header = await App.As("coach.lind", m => m.Send(new GetPatientQuery(patient)));

        Assert.Equal("Alfreda", header.GivenName);
        Assert.Null(header.InsurancePayer);
        Assert.Null(header.InsuranceMemberId);
        var audited = await AuditTrail.EventsFor(App, "Practice.GetPatient", patient, AuditOutcome.Filtered);
        var mine = Assert.Single(audited, e => e.ActorName == "coach.lind");
        Assert.Contains("PatientDto.InsurancePayer", mine.WithheldFields!);
        Assert.Contains("PatientDto.GivenName", mine.DisclosedFields!);
        Assert.DoesNotContain("PatientDto.InsurancePayer", mine.DisclosedFields!);
    }

    [Fact]
    public async Task Billing_gets_the_same_header_with_insurance_and_nothing_withheld()
    {
        var patient = await App.PatientIdOf("alfreda.wyman");

        var header = await App.As("billing.quinn", m => m.Send(new GetPatientQuery(patient)));

        Assert.NotNull(header.InsurancePayer);
        Assert.Contains(await AuditTrail.EventsFor(App, "Practice.GetPatient", patient, AuditOutcome.Allowed),
            e => e.ActorName == "billing.quinn" && e.WithheldFields is null);
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused_and_the_refusal_is_audited()
    {
        var patient = await App.PatientIdOf("alfreda.wyman");

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            App.Anonymously(m => m.Send(new GetLabResultsQuery(patient))));

        Assert.Equal("unauthenticated", denied.Reason);
        Assert.Contains(await AuditTrail.EventsFor(App, "Labs.GetLabResults", patient, AuditOutcome.Denied),
            e => e.ActorName == "anonymous");
    }

    [Fact]
    public async Task The_dashboard_lists_only_the_callers_own_patients()
    {
        var rivera = await App.As("dr.rivera", m => m.Send(new ListMyPatientsQuery()));
        var okafor = await App.As("np.okafor", m => m.Send(new ListMyPatientsQuery()));

        Assert.Equal(4, rivera.Count);
        Assert.DoesNotContain(rivera, p => p.DisplayName == "Jordan Ellis");
        Assert.Contains(okafor, p => p.DisplayName == "Jordan Ellis");
        Assert.Contains(rivera, p => p.DisplayName == "Raúl Fernández");
    }

    [Fact]
    public async Task A_command_leaves_an_attempted_row_before_its_outcome()
    {
        var patient = await App.PatientIdOf("lupe.little");
        await App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Lupe))));

        var events = await AuditTrail.EventsFor(App, "Labs.ImportLabBundle", patient);
        var allowed = events.First(e => e.Outcome == AuditOutcome.Allowed);
        var attempted = await App.As("compliance.haddad", m => m.Send(new FmPortal.Modules.Audit.Contracts.SearchAuditEventsQuery
        {
            RequestType = "Labs.ImportLabBundle", Outcome = AuditOutcome.Attempted, Take = 500,
        }));
        Assert.NotEmpty(attempted.Items);
        Assert.True(attempted.Items.Min(e => e.OccurredAt) <= allowed.OccurredAt);
        // The everyday view shows outcomes; the markers only when asked for.
        Assert.DoesNotContain(events, e => e.Outcome == AuditOutcome.Attempted);
    }

    [Fact]
    public async Task When_the_audit_trail_cannot_be_written_the_caller_gets_an_error_and_no_data()
    {
        var patient = await App.PatientIdOf("alfreda.wyman");
        await using var outage = await AuditOutage.StartAsync(App.Database);

        var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() =>
            App.As("dr.rivera", m => m.Send(new GetPatientQuery(patient))));

        Assert.Contains("audit", failure.Message);
    }

    [Fact]
    public async Task When_the_audit_trail_cannot_be_written_a_command_changes_nothing()
    {
        var patient = await App.PatientIdOf("raul.fernandez");
        await using (await AuditOutage.StartAsync(App.Database))
        {
            await Assert.ThrowsAsync<AuditUnavailableException>(() =>
                App.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Raul)))));
        }

        Assert.Empty(await App.As("dr.rivera", m => m.Send(new GetLabResultsQuery(patient))));
    }
}

public sealed class PipelineOnSqlite(SqlitePortal portal) : PipelineTests(() => portal.App), IClassFixture<SqlitePortal>;

public sealed class PipelineOnPostgres(PostgresPortal portal) : PipelineTests(() => portal.App), IClassFixture<PostgresPortal>;

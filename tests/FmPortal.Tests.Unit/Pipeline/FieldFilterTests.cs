using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Auditing;
using FmPortal.Shared.Pipeline.MinimumNecessary;

namespace FmPortal.Tests.Unit.Pipeline;

public sealed class FieldFilterTests
{
    public sealed record Chart
    {
        [AuditPatientId] public required Guid PatientId { get; init; }
        [FieldDomain(DataDomain.Demographics)] public string? Name { get; init; }
        [FieldDomain(DataDomain.Billing)] public string? Payer { get; init; }
        public Panel? Latest { get; init; }
        public IReadOnlyList<Result> Results { get; init; } = [];
    }

    public sealed record Panel
    {
        [FieldDomain(DataDomain.Labs)] public string? Title { get; init; }
        [FieldDomain(DataDomain.Labs, Sensitivity.Restricted)] public string? GeneticNote { get; init; }
    }

    public sealed record Result
    {
        [AuditRecordId] public required Guid Id { get; init; }
        [FieldDomain(DataDomain.Labs)] public decimal? Value { get; init; }
        [NonPhi] public int Position { get; init; }
    }

    public sealed record Unclassified
    {
        public string? Anything { get; init; }
    }

    private static readonly Guid Patient = Guid.NewGuid();

    private static Chart NewChart() => new()
    {
        PatientId = Patient, Name = "Test Person", Payer = "Plan",
        Latest = new Panel { Title = "Lipids", GeneticNote = "restricted" },
        Results = [new Result { Id = Guid.NewGuid(), Value = 5.1m, Position = 1 }, new Result { Id = Guid.NewGuid(), Value = 6.2m, Position = 2 }],
    };

    [Fact]
    public void Fields_of_unreadable_domains_are_nulled_in_nested_objects_and_lists()
    {
        var chart = NewChart();
        var audit = new RequestAudit();

        FieldFilter.Apply(chart, f => f.Domain == DataDomain.Demographics, audit);

        Assert.Equal("Test Person", chart.Name);
        Assert.Null(chart.Payer);
        Assert.Null(chart.Latest!.Title);
        Assert.All(chart.Results, r => Assert.Null(r.Value));
        Assert.Equal([1, 2], chart.Results.Select(r => r.Position));
        Assert.Equal(["Chart.Name"], audit.Disclosed);
        Assert.Equal(["Chart.Payer", "Panel.GeneticNote", "Panel.Title", "Result.Value"], audit.Withheld.Order());
    }

    [Fact]
    public void Record_ids_and_the_patient_are_collected_for_the_audit_event()
    {
        var chart = NewChart();
        var audit = new RequestAudit();

        FieldFilter.Apply(chart, _ => true, audit);

        Assert.Equal(Patient, audit.PatientId);
        Assert.Equal(chart.Results.Select(r => r.Id.ToString()).Order(), audit.RecordIds.Order());
        Assert.Empty(audit.Withheld);
    }

    [Fact]
    public void Restricted_fields_follow_their_own_grant()
    {
        var chart = NewChart();

        FieldFilter.Apply(chart, f => f.Sensitivity == Sensitivity.Normal, new RequestAudit());

        Assert.Equal("Lipids", chart.Latest!.Title);
        Assert.Null(chart.Latest.GeneticNote);
    }

    [Fact]
    public void A_response_with_an_unclassified_property_is_refused()
    {
        Assert.Throws<UnclassifiedFieldException>(() =>
            FieldFilter.Apply(new Unclassified { Anything = "x" }, _ => true, new RequestAudit()));
    }

    [Fact]
    public void Values_never_reach_the_audit_record_only_names()
    {
        var chart = NewChart();
        var audit = new RequestAudit();

        FieldFilter.Apply(chart, _ => true, audit);

        Assert.DoesNotContain(audit.Disclosed, name => name.Contains("Test Person") || name.Contains("5.1"));
    }
}

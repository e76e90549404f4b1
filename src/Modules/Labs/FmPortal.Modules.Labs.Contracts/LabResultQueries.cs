using FmPortal.Shared.Kernel.Security;
using Mediator;

namespace FmPortal.Modules.Labs.Contracts;

/// <summary>A patient's results, newest first. Patients see released results only.</summary>
[RequiresPermission(DataDomain.Labs, DataAction.Read)]
public sealed record GetLabResultsQuery(Guid PatientId) : IQuery<IReadOnlyList<LabResultDto>>, IPatientScoped;

/// <summary>One analyte (LOINC code) over time, oldest first, for a trend chart.</summary>
[RequiresPermission(DataDomain.Labs, DataAction.Read)]
public sealed record GetAnalyteTrendQuery(Guid PatientId, string LoincCode) : IQuery<AnalyteTrendDto>, IPatientScoped;

/// <summary>Makes a result visible to the patient.</summary>
[RequiresPermission(DataDomain.Labs, DataAction.Release)]
public sealed record ReleaseLabResultCommand(Guid PatientId, [property: AuditRecordId] Guid ResultId)
    : ICommand, IPatientScoped;

public sealed record LabResultDto
{
    [AuditRecordId] public required Guid Id { get; init; }
    [AuditRecordId] public Guid? ReportId { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? ReportName { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? LoincCode { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? Display { get; init; }
    [FieldDomain(DataDomain.Labs)] public decimal? Value { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? Unit { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? ValueText { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? ReferenceRange { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? Interpretation { get; init; }
    [FieldDomain(DataDomain.Labs)] public bool? IsAbnormal { get; init; }
    [FieldDomain(DataDomain.Labs)] public DateTimeOffset? EffectiveAt { get; init; }
    [FieldDomain(DataDomain.Labs)] public DateTimeOffset? ReleasedAt { get; init; }
}

public sealed record AnalyteTrendDto
{
    [AuditPatientId] public required Guid PatientId { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? LoincCode { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? Display { get; init; }
    [FieldDomain(DataDomain.Labs)] public string? Unit { get; init; }

    /// <summary>Results of this test reported in another unit, not plotted with these.</summary>
    [FieldDomain(DataDomain.Labs)] public int? OtherUnitCount { get; init; }

    public IReadOnlyList<TrendPointDto> Points { get; init; } = [];
}

public sealed record TrendPointDto
{
    [AuditRecordId] public required Guid ResultId { get; init; }
    [FieldDomain(DataDomain.Labs)] public DateTimeOffset? EffectiveAt { get; init; }
    [FieldDomain(DataDomain.Labs)] public decimal? Value { get; init; }
    [FieldDomain(DataDomain.Labs)] public bool? IsAbnormal { get; init; }
}

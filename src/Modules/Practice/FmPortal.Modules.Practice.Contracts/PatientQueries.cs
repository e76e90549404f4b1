using FmPortal.Shared.Kernel.Security;
using Mediator;

namespace FmPortal.Modules.Practice.Contracts;

/// <summary>The care-team dashboard: the patients whose care team the caller is on.</summary>
[RequiresPermission(DataDomain.Demographics, DataAction.Read)]
public sealed record ListMyPatientsQuery : IQuery<IReadOnlyList<PatientSummaryDto>>;

/// <summary>One patient's chart header. Each field group is filtered by the caller's role.</summary>
[RequiresPermission(DataDomain.Demographics, DataAction.Read)]
public sealed record GetPatientQuery(Guid PatientId) : IQuery<PatientDto>, IPatientScoped;

/// <summary>Every patient of the practice, for administrative pickers (not a clinical view).</summary>
[RequiresPermission(DataDomain.Administration, DataAction.Read)]
public sealed record ListPatientDirectoryQuery : IQuery<IReadOnlyList<PatientSummaryDto>>;

public sealed record PatientSummaryDto
{
    [AuditRecordId] public required Guid Id { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? Mrn { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? DisplayName { get; init; }
    [FieldDomain(DataDomain.Demographics)] public DateOnly? BirthDate { get; init; }
}

public sealed record PatientDto
{
    [AuditPatientId] public required Guid Id { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? Mrn { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? GivenName { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? FamilyName { get; init; }
    [FieldDomain(DataDomain.Demographics)] public DateOnly? BirthDate { get; init; }
    [FieldDomain(DataDomain.Demographics)] public string? Sex { get; init; }
    [FieldDomain(DataDomain.Contact)] public string? Email { get; init; }
    [FieldDomain(DataDomain.Contact)] public string? Phone { get; init; }
    [FieldDomain(DataDomain.Billing)] public string? InsurancePayer { get; init; }
    [FieldDomain(DataDomain.Billing)] public string? InsuranceMemberId { get; init; }
}

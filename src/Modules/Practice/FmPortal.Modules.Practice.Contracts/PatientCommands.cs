using FmPortal.Shared.Kernel.Security;
using Mediator;

namespace FmPortal.Modules.Practice.Contracts;

/// <summary>Registers a patient (front desk, or an integration). Returns the new patient's id.</summary>
[RequiresPermission(DataDomain.Demographics, DataAction.Write)]
public sealed record RegisterPatientCommand : ICommand<RegisteredPatient>
{
    public required string Mrn { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }
    public required DateOnly BirthDate { get; init; }
    public string? Sex { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? InsurancePayer { get; init; }
    public string? InsuranceMemberId { get; init; }

    /// <summary>Identifiers other systems use for this person ("system|value"), for matching their files.</summary>
    public IReadOnlyList<string> ExternalIdentifiers { get; init; } = [];
}

public sealed record RegisteredPatient([property: AuditPatientId] Guid PatientId);

/// <summary>Puts a staff member on a patient's care team; what gives them access to the chart.</summary>
[RequiresPermission(DataDomain.Administration, DataAction.Write)]
public sealed record AddCareTeamMemberCommand(
    [property: AuditPatientId] Guid PatientId,
    [property: AuditRecordId] Guid StaffUserId,
    string Role) : ICommand;

/// <summary>
/// Finds the portal patient a file from another system is about: by a shared identifier first, then by
/// exact name and birth date. Answers with an id or nothing; never with demographics.
/// With <see cref="PortalPatientId"/> it confirms that patient exists and, if other details are given,
/// that they describe that same patient. Practice-wide, so administrative only: for anyone else it
/// would answer "is this person a patient here?".
/// </summary>
[RequiresPermission(DataDomain.Administration, DataAction.Read)]
public sealed record MatchPatientQuery : IQuery<PatientMatch>
{
    [AuditPatientId] public Guid? PortalPatientId { get; init; }
    public IReadOnlyList<string> Identifiers { get; init; } = [];
    public string? FamilyName { get; init; }
    public IReadOnlyList<string> GivenNames { get; init; } = [];
    public DateOnly? BirthDate { get; init; }
}

public sealed record PatientMatch([property: AuditPatientId] Guid? PatientId, [property: NonPhi] string? MatchedBy);

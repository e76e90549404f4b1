using FmPortal.Shared.Kernel;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Security;
using Mediator;

namespace FmPortal.Modules.Audit.Contracts;

/// <summary>The compliance grid: filter audit events, newest first, one page at a time.</summary>
[RequiresPermission(DataDomain.Audit, DataAction.Read)]
public sealed record SearchAuditEventsQuery : IQuery<Page<AuditEventDto>>
{
    public string? Actor { get; init; }
    public Guid? PatientId { get; init; }
    public string? RequestType { get; init; }
    public AuditOutcome? Outcome { get; init; }

    /// <summary>The "attempted" rows commands leave before they run; hidden unless asked for (or filtered by outcome).</summary>
    public bool IncludeAttempts { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

public sealed record AuditEventDto
{
    [AuditRecordId] public required Guid Id { get; init; }
    [FieldDomain(DataDomain.Audit)] public DateTimeOffset? OccurredAt { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? ActorName { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? ActorRole { get; init; }
    [FieldDomain(DataDomain.Audit)] public Guid? PatientId { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? RequestType { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? Action { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? Purpose { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? RecordIds { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? DisclosedFields { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? WithheldFields { get; init; }
    [FieldDomain(DataDomain.Audit)] public AuditOutcome? Outcome { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? Reason { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? SessionId { get; init; }
    [FieldDomain(DataDomain.Audit)] public string? ClientAddress { get; init; }
}

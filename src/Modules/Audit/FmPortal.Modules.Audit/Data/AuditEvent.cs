using FmPortal.Shared.Kernel.Audit;

namespace FmPortal.Modules.Audit.Data;

/// <summary>A stored audit row. The database refuses UPDATE and DELETE on this table.</summary>
internal sealed class AuditEvent
{
    public Guid Id { get; set; }
    public Guid CorrelationId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string? OnBehalfOf { get; set; }
    public Guid? PatientId { get; set; }
    public string RequestType { get; set; } = "";
    public string? Domain { get; set; }
    public string? Action { get; set; }
    public string? Purpose { get; set; }
    public string? RecordIds { get; set; }
    public string? DisclosedFields { get; set; }
    public string? WithheldFields { get; set; }
    public AuditOutcome Outcome { get; set; }
    public string? Reason { get; set; }
    public string? SessionId { get; set; }
    public string? ClientAddress { get; set; }

    public static AuditEvent From(AuditRecord r) => new()
    {
        Id = r.Id, CorrelationId = r.CorrelationId, OccurredAt = r.OccurredAt, ActorId = r.ActorId,
        ActorName = r.ActorName, ActorRole = r.ActorRole, OnBehalfOf = r.OnBehalfOf, PatientId = r.PatientId,
        RequestType = r.RequestType, Domain = r.Domain, Action = r.Action, Purpose = r.Purpose,
        RecordIds = r.RecordIds, DisclosedFields = r.DisclosedFields, WithheldFields = r.WithheldFields,
        Outcome = r.Outcome, Reason = r.Reason, SessionId = r.SessionId, ClientAddress = r.ClientAddress,
    };
}

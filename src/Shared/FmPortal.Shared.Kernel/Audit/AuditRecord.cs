namespace FmPortal.Shared.Kernel.Audit;

public enum AuditOutcome
{
    /// <summary>Written before a command runs, so a change is never made without a committed audit row.</summary>
    Attempted,
    Allowed,
    /// <summary>Allowed, but some fields were withheld by minimum necessary.</summary>
    Filtered,
    Denied,
    Failed,
}

/// <summary>One semantic event: who did what to whose data, which fields left, and how it ended. Names, never values.</summary>
public sealed record AuditRecord
{
    public required Guid Id { get; init; }
    public required Guid CorrelationId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string ActorRole { get; init; }
    public string? OnBehalfOf { get; init; }
    public Guid? PatientId { get; init; }
    public required string RequestType { get; init; }
    public string? Domain { get; init; }
    public string? Action { get; init; }
    public string? Purpose { get; init; }
    public string? RecordIds { get; init; }
    public string? DisclosedFields { get; init; }
    public string? WithheldFields { get; init; }
    public required AuditOutcome Outcome { get; init; }
    public string? Reason { get; init; }
    public string? SessionId { get; init; }
    public string? ClientAddress { get; init; }
}

/// <summary>Appends audit events. Implementations must commit before returning: callers rely on it to fail closed.</summary>
public interface IAuditWriter
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);
}

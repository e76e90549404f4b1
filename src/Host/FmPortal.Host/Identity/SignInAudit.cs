using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Host.Identity;

/// <summary>
/// Sign-in is not a request for patient data, so it does not pass the mediator, but it is a security
/// event and goes to the same audit trail. Typed text is never stored: an unknown name is recorded as such.
/// </summary>
public sealed class SignInAudit(IAuditWriter writer, TimeProvider clock)
{
    public Task RecordSuccessAsync(Actor actor, HttpContext http) => Append(new AuditRecord
    {
        Id = Guid.CreateVersion7(), CorrelationId = Guid.CreateVersion7(), OccurredAt = clock.GetUtcNow(),
        ActorId = actor.UserId.ToString(), ActorName = actor.UserName, ActorRole = actor.Role,
        RequestType = "Identity.SignIn", Outcome = AuditOutcome.Allowed,
        SessionId = actor.SessionId, ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
    });

    public Task RecordFailureAsync(PortalUser? user, string reason, HttpContext http) => Append(new AuditRecord
    {
        Id = Guid.CreateVersion7(), CorrelationId = Guid.CreateVersion7(), OccurredAt = clock.GetUtcNow(),
        ActorId = user?.Id.ToString() ?? "unknown", ActorName = user?.UserName ?? "(unknown user)", ActorRole = "none",
        RequestType = "Identity.SignIn", Outcome = AuditOutcome.Denied, Reason = reason,
        ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
    });

    public Task RecordSignOutAsync(HttpContext http) => Append(new AuditRecord
    {
        Id = Guid.CreateVersion7(), CorrelationId = Guid.CreateVersion7(), OccurredAt = clock.GetUtcNow(),
        ActorId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous",
        ActorName = http.User.Identity?.Name ?? "anonymous",
        ActorRole = http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "none",
        RequestType = "Identity.SignOut", Outcome = AuditOutcome.Allowed,
        SessionId = http.User.FindFirst(PortalClaims.SessionId)?.Value,
        ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
    });

    private Task Append(AuditRecord record) => writer.AppendAsync(record, CancellationToken.None);
}

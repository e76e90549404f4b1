using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Host.Identity;

/// <summary>
/// Sign-in is not a request for patient data, so it does not pass the mediator, but it is a security
/// event and goes to the same audit trail. Typed text is never stored: an unknown name is recorded as such.
/// </summary>
public sealed class SignInAudit(IAuditWriter writer, TimeProvider clock)
{
    public Task RecordSuccessAsync(Actor actor, HttpContext http) => Write(Record(http, "Identity.SignIn", AuditOutcome.Allowed) with
    {
        ActorId = actor.UserId.ToString(), ActorName = actor.UserName, ActorRole = actor.Role, SessionId = actor.SessionId,
    });

    public Task RecordFailureAsync(PortalUser? user, string reason, HttpContext http) => Write(Record(http, "Identity.SignIn", AuditOutcome.Denied) with
    {
        ActorId = user?.Id.ToString() ?? "unknown", ActorName = user?.UserName ?? "(unknown user)", Reason = reason,
    });

    public Task RecordSignOutAsync(HttpContext http) => Write(Record(http, "Identity.SignOut", AuditOutcome.Allowed) with
    {
        ActorId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous",
        ActorName = http.User.Identity?.Name ?? "anonymous",
        ActorRole = Roles.Of(http.User),
        SessionId = http.User.FindFirst(PortalClaims.SessionId)?.Value,
    });

    private Task Write(AuditRecord record) => writer.AppendAsync(record, CancellationToken.None);

    private AuditRecord Record(HttpContext http, string type, AuditOutcome outcome) => new()
    {
        Id = Guid.CreateVersion7(), CorrelationId = Guid.CreateVersion7(), OccurredAt = clock.GetUtcNow(),
        ActorId = "unknown", ActorName = "unknown", ActorRole = "none", RequestType = type, Outcome = outcome,
        ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
    };
}

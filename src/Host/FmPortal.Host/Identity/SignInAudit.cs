using FmPortal.Shared.Kernel.Audit;
using Microsoft.AspNetCore.Identity;

namespace FmPortal.Host.Identity;

/// <summary>
/// Sign-in is not a request for patient data, so it does not pass the mediator, but it is a security
/// event and goes to the same audit trail.
/// </summary>
public sealed class SignInAudit(IAuditWriter writer, TimeProvider clock)
{
    public Task RecordAsync(string attemptedUserName, SignInResult result, HttpContext http) =>
        writer.AppendAsync(new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            CorrelationId = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            ActorId = "unverified",
            ActorName = Truncate(attemptedUserName.Trim(), 64),
            ActorRole = "none",
            RequestType = "Identity.SignIn",
            Outcome = result.Succeeded ? AuditOutcome.Allowed : AuditOutcome.Denied,
            Reason = result.Succeeded ? null : result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "bad-credentials",
            ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
        }, CancellationToken.None);

    public Task RecordSignOutAsync(HttpContext http) =>
        writer.AppendAsync(new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            CorrelationId = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow(),
            ActorId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous",
            ActorName = http.User.Identity?.Name ?? "anonymous",
            ActorRole = http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "none",
            RequestType = "Identity.SignOut",
            Outcome = AuditOutcome.Allowed,
            SessionId = http.User.FindFirst(PortalClaims.SessionId)?.Value,
            ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
        }, CancellationToken.None);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

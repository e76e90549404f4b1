using System.Security.Claims;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Host.Identity;

/// <summary>Claims the portal adds to the sign-in cookie, and the actor built from them.</summary>
public static class PortalClaims
{
    public const string PatientId = "fmportal:patient";
    public const string SessionId = "fmportal:session";
    public const string DisplayName = "fmportal:display";

    /// <summary>
    /// The stamp check rebuilds the principal through the claims factory, which would mint a new session id
    /// every interval; the audit trail needs one id from sign-in to sign-out, so the current one is kept.
    /// </summary>
    public static Task KeepSession(Microsoft.AspNetCore.Identity.SecurityStampRefreshingPrincipalContext context)
    {
        var session = context.CurrentPrincipal?.FindFirst(SessionId);
        if (session is null || context.NewPrincipal?.Identity is not ClaimsIdentity identity) return Task.CompletedTask;
        foreach (var minted in identity.FindAll(SessionId).ToList()) identity.RemoveClaim(minted);
        identity.AddClaim(new Claim(SessionId, session.Value));
        return Task.CompletedTask;
    }

    public static Actor? ToActor(ClaimsPrincipal principal, string? clientAddress)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return null;
        var role = Roles.Of(principal);
        Guid? patientId = Guid.TryParse(principal.FindFirstValue(PatientId), out var p) ? p : null;
        return new Actor(userId, principal.Identity.Name ?? userId.ToString(), role, ActorKind.User, patientId,
            principal.FindFirstValue(SessionId) ?? "unknown", clientAddress);
    }
}

using System.Security.Claims;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Host.Identity;

/// <summary>Claims the portal adds to the sign-in cookie, and the actor built from them.</summary>
public static class PortalClaims
{
    public const string PatientId = "fmportal:patient";
    public const string SessionId = "fmportal:session";
    public const string DisplayName = "fmportal:display";

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

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FmPortal.Host.Identity;

/// <summary>Adds the patient link, display name and a fresh session id to every sign-in.</summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users, RoleManager<PortalRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.SessionId, Guid.NewGuid().ToString("N")));
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.PatientId is { } patientId) identity.AddClaim(new Claim(PortalClaims.PatientId, patientId.ToString()));
        return identity;
    }
}

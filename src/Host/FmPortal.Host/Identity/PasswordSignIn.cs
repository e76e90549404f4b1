using FmPortal.Shared.Kernel.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FmPortal.Host.Identity;

/// <summary>
/// Password sign-in with the same answer, and about the same work, for an unknown user, a wrong passphrase
/// and a locked account; audited before the cookie is issued, so no sign-in goes unrecorded.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IPasswordHasher<PortalUser> hasher,
    SignInAudit audit)
{
    // Hashing a throwaway passphrase for unknown names keeps their timing like a real check.
    private static readonly PortalUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

    public async Task<bool> TrySignInAsync(string userName, string password, HttpContext http)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            await audit.RecordFailureAsync(null, "unknown-user", http);
            return false;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordFailureAsync(user, check.IsLockedOut ? "locked-out" : check.IsNotAllowed ? "not-allowed" : "bad-credentials", http);
            return false;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var actor = PortalClaims.ToActor(principal, http.Connection.RemoteIpAddress?.ToString());
        // Fail closed: if the sign-in cannot be recorded, no cookie is issued.
        await audit.RecordSuccessAsync(actor!, http);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return true;
    }

    public async Task SignOutAsync(HttpContext http)
    {
        if (await users.GetUserAsync(http.User) is { } user)
        {
            await audit.RecordSignOutAsync(http);
            // A new stamp invalidates every copy of this user's cookie and open circuits at their next check.
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
    }

    /// <summary>Only same-site paths made of plain printable ASCII; anything else goes home.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 512 && url[0] == '/' && !url.StartsWith("//") && !url.StartsWith("/\\")
        && url.All(c => c > ' ' && c < (char)0x7F && c != '\\') && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/";
}

using Microsoft.AspNetCore.Identity;

namespace FmPortal.Host.Identity;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // POST only, with the antiforgery token the layout's form carries.
        endpoints.MapPost("/account/logout", async (HttpContext http, SignInManager<PortalUser> signIn, SignInAudit audit) =>
        {
            if (http.User.Identity?.IsAuthenticated == true) await audit.RecordSignOutAsync(http);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}

using Microsoft.AspNetCore.Identity;

namespace FmPortal.Host.Identity;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // POST only; binding a form field makes the endpoint demand the antiforgery token the layout's form carries.
        endpoints.MapPost("/account/logout", async (HttpContext http, SignInManager<PortalUser> signIn, SignInAudit audit,
            [Microsoft.AspNetCore.Mvc.FromForm(Name = "__RequestVerificationToken")] string? token) =>
        {
            if (http.User.Identity?.IsAuthenticated == true) await audit.RecordSignOutAsync(http);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}

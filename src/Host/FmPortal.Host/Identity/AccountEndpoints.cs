using Microsoft.AspNetCore.Mvc;

namespace FmPortal.Host.Identity;

/// <summary>
/// Sign-in and sign-out are plain form posts (binding form fields makes them demand the antiforgery token).
/// The sign-in form posts to its own path, so the cookie handler never acts on a ReturnUrl by itself.
/// </summary>
internal static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignInPath, async (
            [FromForm(Name = "username")] string? userName,
            [FromForm(Name = "password")] string? password,
            [FromForm(Name = "returnUrl")] string? returnUrl,
            HttpContext http, PasswordSignIn signIn) =>
        {
            var target = PasswordSignIn.SafeReturnUrl(returnUrl);
            var ok = !string.IsNullOrWhiteSpace(userName) && userName.Length <= 256
                     && !string.IsNullOrEmpty(password) && password.Length <= 1024
                     && await signIn.TrySignInAsync(userName, password, http);
            return ok
                ? Results.LocalRedirect(target)
                : Results.LocalRedirect($"/account/login?failed=1&returnUrl={Uri.EscapeDataString(target)}");
        });

        endpoints.MapPost("/account/logout", async (
            HttpContext http, PasswordSignIn signIn, [FromForm(Name = "__RequestVerificationToken")] string? token) =>
        {
            await signIn.SignOutAsync(http);
            return Results.LocalRedirect("/account/login");
        });
    }
}

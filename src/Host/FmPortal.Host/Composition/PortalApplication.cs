using FmPortal.Host.Components;
using FmPortal.Host.Identity;
using Microsoft.AspNetCore.Components.Web;

namespace FmPortal.Host.Composition;

public static class PortalApplication
{
    public static async Task InitializePortalAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        // A friendly page for unknown addresses; never for POSTs, whose 400s (e.g. a missing antiforgery token) must stay 400s.
        app.UseWhen(c => HttpMethods.IsGet(c.Request.Method),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ActorMiddleware>();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(PortalMediator.ModuleAssemblies);
        return app;
    }
}

using FmPortal.Host.Identity;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Tests.Support;

/// <summary>
/// The real portal (same composition as `dotnet run`) on a throwaway database, seeded with the demo practice.
/// Requests are sent the way a page sends them: through the mediator, as a signed-in user.
/// </summary>
public class PortalApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    public TestDatabase Database { get; } = database;

    /// <summary>Extra settings for a test class (e.g. a shortened limit).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Only Development maps the build's static web assets (blazor.web.js, MudBlazor) by itself; a browser needs them.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Sends through the full pipeline as the named demo user, with the claims a real sign-in produces.</summary>
    public Task<T> As<T>(string userName, Func<IMediator, ValueTask<T>> send) =>
        Send(async services => (Actor?)await ActorFor(services, userName), send);

    /// <summary>Sends as a system actor (the command line's identity).</summary>
    public Task<T> AsSystem<T>(Func<IMediator, ValueTask<T>> send) =>
        Send(_ => Task.FromResult<Actor?>(Actor.System("test-system", "test-session")), send);

    /// <summary>Sends with nobody signed in.</summary>
    public Task<T> Anonymously<T>(Func<IMediator, ValueTask<T>> send) => Send(_ => Task.FromResult<Actor?>(null), send);

    private async Task<T> Send<T>(Func<IServiceProvider, Task<Actor?>> actor, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        if (await actor(scope.ServiceProvider) is { } signedIn) scope.ServiceProvider.GetRequiredService<IActorContext>().Set(signedIn);
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    public async Task<Actor> ActorFor(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No demo user {userName}.");
        var principal = await services.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);
        return PortalClaims.ToActor(principal, "127.0.0.1")!;
    }

    /// <summary>The portal patient id of a demo patient account (e.g. "alfreda.wyman").</summary>
    public async Task<Guid> PatientIdOf(string patientUserName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByNameAsync(patientUserName))?.PatientId
               ?? throw new InvalidOperationException($"{patientUserName} is not a demo patient.");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

using FmPortal.Host.Composition;
using FmPortal.Host.Identity;
using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FmPortal.Bench;

public enum Store
{
    /// <summary>A SQLite file in a temp folder, WAL on, exactly as the app configures it.</summary>
    SqliteFile,

    /// <summary>
    /// SQLite in memory (shared cache, one connection held open so the database outlives each request's connection).
    /// Chosen over the EF Core in-memory provider because that one skips SQL generation, ADO.NET and the
    /// migrations/triggers: here everything but the disk (file I/O, fsync on commit) is the same code path.
    /// </summary>
    InMemory,
}

/// <summary>
/// The portal's services composed as Program.cs does (AddPortal + InitializePortalAsync: migrations, demo seed),
/// without the HTTP pipeline. Raúl Fernández's Synthea bundle is imported through the mediator like an upload.
/// </summary>
internal sealed class BenchPortal : IAsyncDisposable
{
    private const string DemoPassword = "correct horse battery staple";

    private readonly string _folder;
    private readonly WebApplication _app;
    private readonly SqliteConnection? _keepAlive;

    private BenchPortal(string folder, WebApplication app, SqliteConnection? keepAlive)
    {
        _folder = folder;
        _app = app;
        _keepAlive = keepAlive;
    }

    public IServiceProvider Services => _app.Services;
    public Guid PatientId { get; private set; }
    public Actor Physician { get; private set; } = default!;

    /// <param name="overrides">Registrations applied after AddPortal; only the cost-attribution benchmarks use it.</param>
    public static async Task<BenchPortal> StartAsync(Store store, Action<IServiceCollection>? overrides = null)
    {
        var folder = Directory.CreateTempSubdirectory("fmportal-bench-").FullName;
        var connectionString = store == Store.SqliteFile
            ? $"Data Source={Path.Combine(folder, "portal.db")}"
            : $"Data Source={Path.Combine(folder, "portal-memory")};Mode=Memory;Cache=Shared";   // the name is only a cache key

        SqliteConnection? keepAlive = null;
        if (store == Store.InMemory)
        {
            keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark", ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoPassword,
        });
        // The app logs through Serilog with EF Core at Warning; nothing on the measured path logs at that level.
        builder.Logging.ClearProviders();
        builder.Services.AddPortal(builder.Configuration, builder.Environment);
        overrides?.Invoke(builder.Services);
        var app = builder.Build();
        await app.Services.InitializePortalAsync();

        var portal = new BenchPortal(folder, app, keepAlive);
        var bundle = await File.ReadAllBytesAsync(BenchData.Synthea(BenchData.Raul));
        var admin = await portal.ActorFor("admin.novak");
        var import = await portal.SendAs(admin, m => m.Send(new ImportLabBundleCommand
        {
            FileName = BenchData.Raul, SizeBytes = bundle.LongLength, Content = bundle,
        }));
        portal.PatientId = import.PatientId;
        portal.Physician = await portal.ActorFor("dr.rivera");
        return portal;
    }

    public async Task<T> SendAs<T>(Actor actor, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(actor);
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>The actor a real sign-in produces (same claims factory), as the integration tests build it.</summary>
    private async Task<Actor> ActorFor(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No demo user {userName}.");
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);
        return PortalClaims.ToActor(principal, "127.0.0.1") ?? throw new InvalidOperationException($"{userName} has no actor.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

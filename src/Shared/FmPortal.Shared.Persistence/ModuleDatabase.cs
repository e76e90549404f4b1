using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Shared.Persistence;

/// <summary>One module's database, as the host sees it at start-up: something to migrate.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TContext>(IDbContextFactory<TContext> factory, string schema) : IModuleDatabase
    where TContext : DbContext
{
    public string Schema { get; } = schema;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>Hands out the provider-specific context as the module's base context type.</summary>
internal sealed class ProviderContextFactory<TContext, TProvider>(IDbContextFactory<TProvider> inner) : IDbContextFactory<TContext>
    where TContext : DbContext
    where TProvider : TContext
{
    public TContext CreateDbContext() => inner.CreateDbContext();

    public async Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}

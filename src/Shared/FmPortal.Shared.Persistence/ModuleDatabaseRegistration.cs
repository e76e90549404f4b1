using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Shared.Persistence;

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers IDbContextFactory&lt;TContext&gt; backed by the provider-specific subclass, whose
    /// migrations live in the module's Data/Migrations/&lt;Provider&gt; folder.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TPostgres, TSqlServer>(
        this IServiceCollection services, DatabaseOptions options, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TSqlServer : TContext
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<TSqlite>(o => o.UseSqlite(options.ConnectionString,
                    x => x.MigrationsHistoryTable(ModuleDbContext.HistoryTable(options.Provider, schema))));
                services.AddSingleton<IDbContextFactory<TContext>, ProviderContextFactory<TContext, TSqlite>>();
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<TPostgres>(o => o.UseNpgsql(options.ConnectionString,
                    x => x.MigrationsHistoryTable(ModuleDbContext.HistoryTable(options.Provider, schema), schema)));
                services.AddSingleton<IDbContextFactory<TContext>, ProviderContextFactory<TContext, TPostgres>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddPooledDbContextFactory<TSqlServer>(o => o.UseSqlServer(options.ConnectionString,
                    x => x.MigrationsHistoryTable(ModuleDbContext.HistoryTable(options.Provider, schema), schema)));
                services.AddSingleton<IDbContextFactory<TContext>, ProviderContextFactory<TContext, TSqlServer>>();
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
        services.AddSingleton<IModuleDatabase>(sp => new ModuleDatabase<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>(), schema));
        return services;
    }

    /// <summary>Options for design-time tools and model checks: no server is contacted.</summary>
    public static DbContextOptions<T> DesignTimeOptions<T>(DatabaseProvider provider, string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        var history = ModuleDbContext.HistoryTable(provider, schema);
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(history)),
            DatabaseProvider.Postgres => builder.UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(history, schema)),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=design;TrustServerCertificate=true", x => x.MigrationsHistoryTable(history, schema)),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
        return builder.Options;
    }
}

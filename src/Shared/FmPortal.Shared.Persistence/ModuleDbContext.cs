using Microsoft.EntityFrameworkCore;

namespace FmPortal.Shared.Persistence;

/// <summary>
/// Base of every module's DbContext. Each module owns one schema; SQLite has no schemas, so there the
/// schema becomes a table-name prefix ("labs_LabResults") and the migrations history gets its own table.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema name, lower case.</summary>
    public abstract string Schema { get; }

    public static string HistoryTable(DatabaseProvider provider, string schema) =>
        provider == DatabaseProvider.Sqlite ? $"__EFMigrationsHistory_{schema}" : "__EFMigrationsHistory";

    protected bool IsSqlite => SchemaConventions.IsSqlite(Database);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SchemaConventions.ConfigureConventions(configurationBuilder, IsSqlite);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!IsSqlite) modelBuilder.HasDefaultSchema(Schema);
        ConfigureModel(modelBuilder);
        SchemaConventions.ApplySqlitePrefix(modelBuilder, Schema, IsSqlite);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FmPortal.Shared.Persistence;

/// <summary>Shared by module contexts and the identity context, which cannot derive from ModuleDbContext.</summary>
public static class SchemaConventions
{
    public static bool IsSqlite(DatabaseFacade database) => database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    public static void ConfigureConventions(ModelConfigurationBuilder builder, bool isSqlite)
    {
        // SQLite cannot order or compare DateTimeOffset text; the binary (ticks) form sorts correctly.
        if (isSqlite)
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    /// <summary>SQLite has no schemas: "labs.LabResults" becomes "labs_LabResults".</summary>
    public static void ApplySqlitePrefix(ModelBuilder modelBuilder, string schema, bool isSqlite)
    {
        if (!isSqlite) return;
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table || entity.IsOwned()) continue;
            entity.SetSchema(null);
            entity.SetTableName($"{schema}_{table}");
        }
    }
}

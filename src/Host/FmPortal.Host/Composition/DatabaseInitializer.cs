using FmPortal.Host.Seeding;
using FmPortal.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FmPortal.Host.Composition;

/// <summary>Creates and migrates every module's schema, then seeds the demo practice when asked to.</summary>
internal sealed class DatabaseInitializer(
    IEnumerable<IModuleDatabase> modules,
    DatabaseOptionsHolder database,
    DemoPracticeSeeder seeder,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (database.Options.Provider == DatabaseProvider.Sqlite) await EnableWriteAheadLog(database.Options.ConnectionString);
        foreach (var module in modules)
        {
            await module.MigrateAsync(cancellationToken);
            logger.LogInformation("Schema {Schema} is up to date", module.Schema);
        }
        if (demo.Value.Seed) await seeder.SeedAsync(cancellationToken);
    }

    // Several contexts share one SQLite file; WAL lets readers proceed while one writer commits.
    private static async Task EnableWriteAheadLog(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The resolved database settings, for the few places that need them after start-up.</summary>
public sealed record DatabaseOptionsHolder(DatabaseOptions Options);

using System.Data.Common;
using FmPortal.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FmPortal.Tests.Integration.Infrastructure;

/// <summary>Direct database access, as a DBA (or an attacker with the connection string) would have it.</summary>
public static class RawSql
{
    public static async Task<int> ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>The audit table's name as the provider spells it.</summary>
    public static string AuditTable(TestDatabase database) => Table(database, "audit", "Events");

    public static string Table(TestDatabase database, string schema, string table) =>
        database.Provider == DatabaseProvider.Sqlite ? $"{schema}_{table}" : $"{schema}.\"{table}\"";

    private static DbConnection Open(TestDatabase database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(database.ConnectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(database.ConnectionString),
        _ => throw new NotSupportedException(database.Provider.ToString()),
    };
}

/// <summary>Takes the audit table away (renames it) so every append fails, then puts it back.</summary>
public sealed class AuditOutage : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private AuditOutage(TestDatabase database) => _database = database;

    public static async Task<AuditOutage> StartAsync(TestDatabase database)
    {
        await Rename(database, "Events", "Events_offline");
        return new AuditOutage(database);
    }

    public async ValueTask DisposeAsync() => await Rename(_database, "Events_offline", "Events");

    // RENAME TO takes a bare name: no schema on PostgreSQL, the prefix on SQLite.
    private static Task<int> Rename(TestDatabase database, string from, string to) =>
        RawSql.ExecuteAsync(database, $"ALTER TABLE {RawSql.Table(database, "audit", from)} RENAME TO " +
            (database.Provider == DatabaseProvider.Sqlite ? $"audit_{to}" : $"\"{to}\""));
}

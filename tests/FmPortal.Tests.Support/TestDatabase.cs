using FmPortal.Shared.Persistence;
using Npgsql;
using Xunit;

namespace FmPortal.Tests.Support;

/// <summary>A throwaway database for one portal under test: a SQLite file, or a fresh database on a real PostgreSQL server.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Sqlite() => new SqliteTestDatabase();

    public static async Task<TestDatabase> PostgresAsync()
    {
        var server = PostgresServer.ConnectionString;
        var name = "fmportal_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresTestDatabase(server, name, builder.ToString());
    }

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("fmportal-test-").FullName;

        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
        public override string ConnectionString => $"Data Source={Path.Combine(_folder, "portal.db")}";

        public override ValueTask DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string server, string name, string connectionString) : TestDatabase
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;
        public override string ConnectionString => connectionString;

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>
/// The PostgreSQL server the tests use: FMPORTAL_TEST_POSTGRES, set by tests/run.sh after it starts a
/// throwaway cluster. Outside CI a missing server skips those tests with the reason; in CI it fails them.
/// </summary>
public static class PostgresServer
{
    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("FMPORTAL_TEST_POSTGRES");
            if (!string.IsNullOrEmpty(value)) return value;
            const string why = "PostgreSQL is not configured (FMPORTAL_TEST_POSTGRES); run tests/run.sh, which starts one.";
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(why);
            Assert.Skip(why);
            return "";
        }
    }
}

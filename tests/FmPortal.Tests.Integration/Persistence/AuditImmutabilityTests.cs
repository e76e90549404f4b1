using System.Data.Common;
using FmPortal.Modules.Practice.Contracts;
using FmPortal.Shared.Persistence;
using FmPortal.Tests.Integration.Infrastructure;

namespace FmPortal.Tests.Integration.Persistence;

/// <summary>The database itself refuses to change or remove audit rows, whoever connects.</summary>
public abstract class AuditImmutabilityTests(Func<PortalApp> portal)
{
    private PortalApp App => portal();

    private async Task<long> AuditRows() => await RawSql.ScalarAsync(App.Database, $"SELECT COUNT(*) FROM {RawSql.AuditTable(App.Database)}");

    private async Task EnsureSomeEvents() =>
        await App.As("dr.rivera", m => m.Send(new ListMyPatientsQuery()));

    [Fact]
    public async Task Updating_an_audit_row_is_refused_by_the_database()
    {
        await EnsureSomeEvents();
        var table = RawSql.AuditTable(App.Database);

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            RawSql.ExecuteAsync(App.Database, $"UPDATE {table} SET \"ActorName\" = 'someone-else'"));

        Assert.Contains("append-only", error.Message);
        Assert.Equal(0, await RawSql.ScalarAsync(App.Database, $"SELECT COUNT(*) FROM {table} WHERE \"ActorName\" = 'someone-else'"));
    }

    [Fact]
    public async Task Deleting_an_audit_row_is_refused_by_the_database()
    {
        await EnsureSomeEvents();
        var before = await AuditRows();

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            RawSql.ExecuteAsync(App.Database, $"DELETE FROM {RawSql.AuditTable(App.Database)}"));

        Assert.Contains("append-only", error.Message);
        Assert.True(await AuditRows() >= before);
    }

    [Fact]
    public async Task Truncating_the_audit_table_is_refused_where_the_database_has_truncate()
    {
        if (App.Database.Provider != DatabaseProvider.Postgres) Assert.Skip("SQLite has no TRUNCATE; DELETE is covered above.");
        await EnsureSomeEvents();

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            RawSql.ExecuteAsync(App.Database, $"TRUNCATE {RawSql.AuditTable(App.Database)}"));

        Assert.Contains("append-only", error.Message);
        Assert.True(await AuditRows() > 0);
    }
}

public sealed class AuditImmutabilityOnSqlite(SqlitePortal portal) : AuditImmutabilityTests(() => portal.App), IClassFixture<SqlitePortal>;

public sealed class AuditImmutabilityOnPostgres(PostgresPortal portal) : AuditImmutabilityTests(() => portal.App), IClassFixture<PostgresPortal>;

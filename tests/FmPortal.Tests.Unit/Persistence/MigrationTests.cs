using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FmPortal.Tests.Unit.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public void Every_module_has_a_context_for_each_of_the_three_providers()
    {
        var names = ModuleContexts.All.Select(t => t.Name).ToList();
        foreach (var provider in new[] { "Sqlite", "Postgres", "SqlServer" })
            Assert.Equal(7, names.Count(n => n.EndsWith(provider + "DbContext", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void The_model_has_no_changes_missing_from_its_migrations(string contextName)
    {
        using var db = ModuleContexts.Create(Type.GetType(contextName)!);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{contextName}: run scripts/add-migration.sh");
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void An_idempotent_script_can_be_generated_offline(string contextName)
    {
        if (contextName.Contains("Sqlite")) Assert.Skip("SQLite has no idempotent scripts; it is migrated at start-up.");
        using var db = ModuleContexts.Create(Type.GetType(contextName)!);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("__EFMigrationsHistory", script);
    }

    [Fact]
    public void The_sql_server_audit_migration_installs_the_append_only_trigger()
    {
        var type = ModuleContexts.All.Single(t => t.Name == "AuditSqlServerDbContext");
        using var db = ModuleContexts.Create(type);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("INSTEAD OF UPDATE, DELETE", script);
        Assert.Contains("append-only", script);
    }

    [Fact]
    public void The_committed_sql_server_deployment_script_is_current()
    {
        var path = Path.Combine(TestData.RepoRoot, "deploy", "sqlserver", "fmportal-idempotent.sql");
        var generated = SqlServerScript.Generate();
        // scripts/sqlserver-script.sh sets this to rewrite the committed script after a migration.
        if (Environment.GetEnvironmentVariable("FMPORTAL_WRITE_SQLSERVER_SCRIPT") == "1") File.WriteAllText(path, generated);

        var committed = File.ReadAllText(path);

        Assert.Equal(Normalize(generated), Normalize(committed));
    }

    private static string Normalize(string s) => s.Replace("\r\n", "\n").Trim();
}

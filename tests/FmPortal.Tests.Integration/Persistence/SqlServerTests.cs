using System.Diagnostics;
using FmPortal.Modules.Labs.Contracts;
using FmPortal.Shared.Persistence;
using Testcontainers.MsSql;

namespace FmPortal.Tests.Integration.Persistence;

/// <summary>
/// The real flow on a real SQL Server, in a container. Runs only where a Docker engine answers; on
/// machines without one it is skipped with that reason (the migrations and script are still proven
/// offline by the unit tests).
/// </summary>
public sealed class SqlServerTests
{
    [Fact]
    public async Task The_portal_migrates_imports_and_refuses_audit_changes_on_sql_server()
    {
        if (!DockerAnswers()) Assert.Skip("No Docker engine on this machine: SQL Server runs only in a container here.");

        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync(TestContext.Current.CancellationToken);
        await using var app = new PortalApp(new ExternalDatabase(DatabaseProvider.SqlServer, container.GetConnectionString()));

        var import = await app.As("admin.novak", m => m.Send(LabImports.FromFile(TestData.Synthea(TestData.Alfreda))));
        var results = await app.As("dr.rivera", m => m.Send(new GetLabResultsQuery(import.PatientId)));

        Assert.Equal(49, results.Count);
        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(container.GetConnectionString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var update = new Microsoft.Data.SqlClient.SqlCommand("UPDATE [audit].[Events] SET [ActorName] = 'x'", connection);
        var refused = await Assert.ThrowsAsync<Microsoft.Data.SqlClient.SqlException>(() => update.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        Assert.Contains("append-only", refused.Message);
    }

    private static bool DockerAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (docker is null) return false;
            if (!docker.WaitForExit(10_000)) { docker.Kill(); return false; }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private sealed class ExternalDatabase(DatabaseProvider provider, string connectionString) : TestDatabase
    {
        public override DatabaseProvider Provider => provider;
        public override string ConnectionString => connectionString;
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

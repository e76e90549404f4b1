using Xunit;

namespace FmPortal.Tests.Support;

/// <summary>One portal per test class on a SQLite file; the host starts on first use.</summary>
public sealed class SqlitePortal : IAsyncLifetime
{
    public PortalApp App { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        App = new PortalApp(TestDatabase.Sqlite());
        _ = App.Services;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>One portal per test class on its own database of the real PostgreSQL server.</summary>
public sealed class PostgresPortal : IAsyncLifetime
{
    private PortalApp? _app;

    /// <summary>Skips the calling test (with the reason) when no server is configured outside CI.</summary>
    public PortalApp App => _app ?? SkipWithoutServer();

    private static PortalApp SkipWithoutServer()
    {
        _ = PostgresServer.ConnectionString;
        throw new InvalidOperationException("PostgreSQL portal failed to start.");
    }

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FMPORTAL_TEST_POSTGRES"))
            && Environment.GetEnvironmentVariable("CI") != "true") return;   // tests skip with the reason on first use
        _app = new PortalApp(await TestDatabase.PostgresAsync());
        _ = _app.Services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

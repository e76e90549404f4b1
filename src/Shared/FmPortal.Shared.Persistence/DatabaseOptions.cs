namespace FmPortal.Shared.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite a file path is enough; the default lives in the ignored data folder.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/fmportal.db";
}

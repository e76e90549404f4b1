using FmPortal.Shared.Persistence;
using Microsoft.Data.Sqlite;

namespace FmPortal.Host.Composition;

internal static class DatabaseConfiguration
{
    /// <summary>Reads "Database"; a relative SQLite path is placed under the content root and its folder created.</summary>
    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        if (options.Provider != DatabaseProvider.Sqlite) return options;

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) OwnerOnlyFolder.Create(folder);
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        options.ConnectionString = builder.ToString();
        return options;
    }
}

/// <summary>The data folder holds the database and generated secrets: readable by the service account only.</summary>
internal static class OwnerOnlyFolder
{
    /// <summary>Creates the folder owner-only. An existing folder is left as its owner set it (it may be shared, like /tmp).</summary>
    public static void Create(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

using FmPortal.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Host.Identity;

/// <summary>Accounts and roles, in their own "identity" schema like every module.</summary>
public abstract class PortalIdentityDbContext(DbContextOptions options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options)
{
    public const string SchemaName = "identity";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SchemaConventions.ConfigureConventions(configurationBuilder, SchemaConventions.IsSqlite(Database));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        if (!SchemaConventions.IsSqlite(Database)) builder.HasDefaultSchema(SchemaName);
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(200);
            u.HasIndex(x => x.PatientId).IsUnique();
        });
        SchemaConventions.ApplySqlitePrefix(builder, SchemaName, SchemaConventions.IsSqlite(Database));
    }
}

public sealed class IdentitySqliteDbContext(DbContextOptions<IdentitySqliteDbContext> o) : PortalIdentityDbContext(o);
public sealed class IdentityPostgresDbContext(DbContextOptions<IdentityPostgresDbContext> o) : PortalIdentityDbContext(o);
public sealed class IdentitySqlServerDbContext(DbContextOptions<IdentitySqlServerDbContext> o) : PortalIdentityDbContext(o);

internal sealed class IdentitySqliteDesignFactory() : DesignTimeFactory<IdentitySqliteDbContext>(DatabaseProvider.Sqlite, PortalIdentityDbContext.SchemaName);
internal sealed class IdentityPostgresDesignFactory() : DesignTimeFactory<IdentityPostgresDbContext>(DatabaseProvider.Postgres, PortalIdentityDbContext.SchemaName);
internal sealed class IdentitySqlServerDesignFactory() : DesignTimeFactory<IdentitySqlServerDbContext>(DatabaseProvider.SqlServer, PortalIdentityDbContext.SchemaName);

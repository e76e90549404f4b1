using FmPortal.Modules.Messaging.Contracts;
using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Messaging.Data;

/// <summary>The module's own schema. Empty until its first slice adds tables.</summary>
internal abstract class MessagingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => MessagingContracts.Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class MessagingSqliteDbContext(DbContextOptions<MessagingSqliteDbContext> o) : MessagingDbContext(o);
internal sealed class MessagingPostgresDbContext(DbContextOptions<MessagingPostgresDbContext> o) : MessagingDbContext(o);
internal sealed class MessagingSqlServerDbContext(DbContextOptions<MessagingSqlServerDbContext> o) : MessagingDbContext(o);

internal sealed class MessagingSqliteDesignFactory() : DesignTimeFactory<MessagingSqliteDbContext>(DatabaseProvider.Sqlite, MessagingContracts.Schema);
internal sealed class MessagingPostgresDesignFactory() : DesignTimeFactory<MessagingPostgresDbContext>(DatabaseProvider.Postgres, MessagingContracts.Schema);
internal sealed class MessagingSqlServerDesignFactory() : DesignTimeFactory<MessagingSqlServerDbContext>(DatabaseProvider.SqlServer, MessagingContracts.Schema);

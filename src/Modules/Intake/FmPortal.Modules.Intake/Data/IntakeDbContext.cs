using FmPortal.Modules.Intake.Contracts;
using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Intake.Data;

/// <summary>The module's own schema. Empty until its first slice adds tables.</summary>
internal abstract class IntakeDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => IntakeContracts.Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class IntakeSqliteDbContext(DbContextOptions<IntakeSqliteDbContext> o) : IntakeDbContext(o);
internal sealed class IntakePostgresDbContext(DbContextOptions<IntakePostgresDbContext> o) : IntakeDbContext(o);
internal sealed class IntakeSqlServerDbContext(DbContextOptions<IntakeSqlServerDbContext> o) : IntakeDbContext(o);

internal sealed class IntakeSqliteDesignFactory() : DesignTimeFactory<IntakeSqliteDbContext>(DatabaseProvider.Sqlite, IntakeContracts.Schema);
internal sealed class IntakePostgresDesignFactory() : DesignTimeFactory<IntakePostgresDbContext>(DatabaseProvider.Postgres, IntakeContracts.Schema);
internal sealed class IntakeSqlServerDesignFactory() : DesignTimeFactory<IntakeSqlServerDbContext>(DatabaseProvider.SqlServer, IntakeContracts.Schema);

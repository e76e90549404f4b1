using FmPortal.Modules.CarePlans.Contracts;
using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.CarePlans.Data;

/// <summary>The module's own schema. Empty until its first slice adds tables.</summary>
internal abstract class CarePlansDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => CarePlansContracts.Schema;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

internal sealed class CarePlansSqliteDbContext(DbContextOptions<CarePlansSqliteDbContext> o) : CarePlansDbContext(o);
internal sealed class CarePlansPostgresDbContext(DbContextOptions<CarePlansPostgresDbContext> o) : CarePlansDbContext(o);
internal sealed class CarePlansSqlServerDbContext(DbContextOptions<CarePlansSqlServerDbContext> o) : CarePlansDbContext(o);

internal sealed class CarePlansSqliteDesignFactory() : DesignTimeFactory<CarePlansSqliteDbContext>(DatabaseProvider.Sqlite, CarePlansContracts.Schema);
internal sealed class CarePlansPostgresDesignFactory() : DesignTimeFactory<CarePlansPostgresDbContext>(DatabaseProvider.Postgres, CarePlansContracts.Schema);
internal sealed class CarePlansSqlServerDesignFactory() : DesignTimeFactory<CarePlansSqlServerDbContext>(DatabaseProvider.SqlServer, CarePlansContracts.Schema);

using FluentValidation;
using FmPortal.Modules.CarePlans.Contracts;
using FmPortal.Modules.CarePlans.Data;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.CarePlans;

/// <summary>The module's one public entry point.</summary>
public static class CarePlansModule
{
    public static IServiceCollection AddCarePlansModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<CarePlansDbContext, CarePlansSqliteDbContext, CarePlansPostgresDbContext, CarePlansSqlServerDbContext>(
            database, CarePlansContracts.Schema);
        services.AddValidatorsFromAssembly(typeof(CarePlansModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

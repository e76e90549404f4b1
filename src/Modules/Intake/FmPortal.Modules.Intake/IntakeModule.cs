using FluentValidation;
using FmPortal.Modules.Intake.Contracts;
using FmPortal.Modules.Intake.Data;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.Intake;

/// <summary>The module's one public entry point.</summary>
public static class IntakeModule
{
    public static IServiceCollection AddIntakeModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<IntakeDbContext, IntakeSqliteDbContext, IntakePostgresDbContext, IntakeSqlServerDbContext>(
            database, IntakeContracts.Schema);
        services.AddValidatorsFromAssembly(typeof(IntakeModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

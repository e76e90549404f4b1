using FluentValidation;
using FmPortal.Modules.Practice.Data;
using FmPortal.Modules.Practice.Features.CareTeams;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.Practice;

/// <summary>Patients, their identifiers and care teams. The module's one public entry point.</summary>
public static class PracticeModule
{
    public static IServiceCollection AddPracticeModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<PracticeDbContext, PracticeSqliteDbContext, PracticePostgresDbContext, PracticeSqlServerDbContext>(
            database, PracticeDbContext.SchemaName);
        services.AddSingleton<ICareRelationships, CareTeamDirectory>();
        services.AddValidatorsFromAssembly(typeof(PracticeModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

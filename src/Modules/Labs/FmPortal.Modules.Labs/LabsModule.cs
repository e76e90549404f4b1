using FluentValidation;
using FmPortal.Modules.Labs.Data;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.Labs;

/// <summary>Laboratory results: FHIR import, results, trends, release. The module's one public entry point.</summary>
public static class LabsModule
{
    public static IServiceCollection AddLabsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<LabsDbContext, LabsSqliteDbContext, LabsPostgresDbContext, LabsSqlServerDbContext>(
            database, LabsDbContext.SchemaName);
        services.AddValidatorsFromAssembly(typeof(LabsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

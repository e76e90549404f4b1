using FluentValidation;
using FmPortal.Modules.Audit.Data;
using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.Audit;

/// <summary>The module's one public entry point.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<AuditDbContext, AuditSqliteDbContext, AuditPostgresDbContext, AuditSqlServerDbContext>(
            database, AuditDbContext.SchemaName);
        services.AddSingleton<IAuditWriter, EfAuditWriter>();
        services.AddValidatorsFromAssembly(typeof(AuditModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

using FluentValidation;
using FmPortal.Modules.Messaging.Contracts;
using FmPortal.Modules.Messaging.Data;
using FmPortal.Shared.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Modules.Messaging;

/// <summary>The module's one public entry point.</summary>
public static class MessagingModule
{
    public static IServiceCollection AddMessagingModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddModuleDatabase<MessagingDbContext, MessagingSqliteDbContext, MessagingPostgresDbContext, MessagingSqlServerDbContext>(
            database, MessagingContracts.Schema);
        services.AddValidatorsFromAssembly(typeof(MessagingModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}

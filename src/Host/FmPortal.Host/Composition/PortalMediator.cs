using FmPortal.Shared.Pipeline.Auditing;
using FmPortal.Shared.Pipeline.Authorization;
using FmPortal.Shared.Pipeline.MinimumNecessary;
using FmPortal.Shared.Pipeline.Validation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Host.Composition;

/// <summary>
/// The one place the pipeline is declared. Every request of every module passes these behaviors,
/// outermost first: audit → authorization → minimum necessary → validation → handler.
/// The source generator reads these lists at compile time, so they must stay literals here.
/// </summary>
public static class PortalMediator
{
    public static IServiceCollection AddPortalMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Modules with no requests yet (CarePlans, Intake, Messaging) join this list with their first slice;
            // an architecture test fails if a module with requests is missing here.
            options.Assemblies =
            [
                typeof(FmPortal.Modules.Audit.AuditModule),
                typeof(FmPortal.Modules.Audit.Contracts.SearchAuditEventsQuery),
                typeof(FmPortal.Modules.Labs.LabsModule),
                typeof(FmPortal.Modules.Labs.Contracts.ImportLabBundleCommand),
                typeof(FmPortal.Modules.Practice.PracticeModule),
                typeof(FmPortal.Modules.Practice.Contracts.GetPatientQuery),
            ];
            options.PipelineBehaviors =
            [
                typeof(AuditBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(MinimumNecessaryBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });

    /// <summary>The module runtime assemblies, for pages (router) and architecture tests.</summary>
    public static readonly System.Reflection.Assembly[] ModuleAssemblies =
    [
        typeof(FmPortal.Modules.Audit.AuditModule).Assembly,
        typeof(FmPortal.Modules.CarePlans.CarePlansModule).Assembly,
        typeof(FmPortal.Modules.Intake.IntakeModule).Assembly,
        typeof(FmPortal.Modules.Labs.LabsModule).Assembly,
        typeof(FmPortal.Modules.Messaging.MessagingModule).Assembly,
        typeof(FmPortal.Modules.Practice.PracticeModule).Assembly,
    ];
}

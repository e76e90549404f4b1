using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FmPortal.Shared.Pipeline;

public static class PipelineServices
{
    /// <summary>The policy and request context the behaviors need. The behaviors themselves are listed by the host.</summary>
    public static IServiceCollection AddPortalPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAccessMatrix, DefaultAccessMatrix>();
        services.TryAddScoped<IActorContext, ActorContext>();
        return services;
    }
}

/// <summary>Scoped holder: one per HTTP request, Blazor circuit or command-line run.</summary>
public sealed class ActorContext : IActorContext
{
    public Actor? Current { get; private set; }

    public void Set(Actor actor) => Current = actor;

    public void Clear() => Current = null;
}

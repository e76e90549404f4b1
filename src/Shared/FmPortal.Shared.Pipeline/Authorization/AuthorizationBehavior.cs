using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Auditing;
using Mediator;

namespace FmPortal.Shared.Pipeline.Authorization;

/// <summary>
/// Deny by default: the request must declare a permission, the caller's role must hold it, and for a
/// patient-scoped request the caller must be that patient or on that patient's care team.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(
    IActorContext actors,
    IAccessMatrix matrix,
    ICareRelationships careTeams) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var permission = RequestPermission.For(typeof(TMessage));
        if (!permission.Declared)
            throw new UndeclaredPermissionException(typeof(TMessage));
        if (permission.RequiresNothing)
            return await next(message, cancellationToken);

        var actor = actors.Current ?? throw new AccessDeniedException("unauthenticated");
        if (!matrix.Allows(actor.Role, permission.Domain!.Value, permission.Action!.Value))
            throw new AccessDeniedException("role");

        if (message is IPatientScoped scoped)
            await CheckRelationship(actor, scoped.PatientId, cancellationToken);

        return await next(message, cancellationToken);
    }

    private async ValueTask CheckRelationship(Actor actor, Guid patientId, CancellationToken cancellationToken)
    {
        if (actor.IsPatient)
        {
            if (actor.PatientId != patientId) throw new AccessDeniedException("own-record-only");
            return;
        }
        // Integrations act for the practice as a whole; their scope is limited by their permissions.
        if (actor.Kind == ActorKind.System) return;
        if (!await careTeams.IsOnCareTeamAsync(actor.UserId, patientId, cancellationToken))
            throw new AccessDeniedException("care-team");
    }
}

using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Auditing;
using Mediator;

namespace FmPortal.Shared.Pipeline.MinimumNecessary;

/// <summary>
/// Removes every field the caller's role may not read before the response leaves the pipeline, so
/// nothing downstream (a page, its prerendered HTML, an export) can show it. Records which field names
/// were disclosed and withheld, and which record ids, for the audit event.
/// </summary>
public sealed class MinimumNecessaryBehavior<TMessage, TResponse>(IActorContext actors, IAccessMatrix matrix)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var audit = RequestAudit.Current;
        FieldFilter.CollectRecordIds(message, audit);

        var response = await next(message, cancellationToken);

        // Authorization has already refused anonymous callers; without an actor every field is withheld.
        var actor = actors.Current;
        FieldFilter.Apply(response, field => actor is not null && CanRead(actor, field), audit);
        return response;
    }

    private bool CanRead(Actor actor, FieldDomainAttribute field) =>
        matrix.Allows(actor.Role, field.Domain, DataAction.Read)
        && (field.Sensitivity == Sensitivity.Normal || actor.IsPatient || matrix.AllowsRestricted(actor.Role, field.Domain));
}

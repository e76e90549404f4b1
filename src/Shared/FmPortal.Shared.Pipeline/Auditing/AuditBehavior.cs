using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Authorization;
using Mediator;
using Microsoft.Extensions.Logging;

namespace FmPortal.Shared.Pipeline.Auditing;

/// <summary>
/// Outermost behavior. Writes one semantic event per request, and fails closed: if the event cannot be
/// committed the caller gets an error instead of the response. Commands also get an "attempted" row
/// before they run, so a change can never be committed without an audit row already in place.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    IActorContext actors,
    IAuditWriter writer,
    TimeProvider clock,
    ILogger<AuditBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var audit = RequestAudit.Begin();
        var correlationId = Guid.CreateVersion7();
        var permission = RequestPermission.For(typeof(TMessage));
        audit.Domain = permission.Domain;
        audit.Action = permission.Action;
        if (message is IPatientScoped scoped) audit.PatientId = scoped.PatientId;
        try
        {
            if (message is ICommand<TResponse> || message is ICommand)
                await Append(audit, correlationId, AuditOutcome.Attempted, null);

            TResponse response;
            try
            {
                response = await next(message, cancellationToken);
            }
            catch (PortalException refused) when (refused is AccessDeniedException or UndeclaredPermissionException)
            {
                await Append(audit, correlationId, AuditOutcome.Denied, refused.Code);
                throw;
            }
            catch (PortalException failed)
            {
                await Append(audit, correlationId, AuditOutcome.Failed, failed.Code);
                throw;
            }
            catch (Exception crash) when (crash is not OperationCanceledException)
            {
                await Append(audit, correlationId, AuditOutcome.Failed, "error:" + crash.GetType().Name);
                throw;
            }

            var outcome = audit.Withheld.Count > 0 ? AuditOutcome.Filtered : AuditOutcome.Allowed;
            await Append(audit, correlationId, outcome, null);
            return response;
        }
        finally
        {
            RequestAudit.End();
        }
    }

    private async Task Append(RequestAudit audit, Guid correlationId, AuditOutcome outcome, string? reason)
    {
        var actor = actors.Current;
        var record = new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            CorrelationId = correlationId,
            OccurredAt = clock.GetUtcNow(),
            ActorId = actor is null ? "anonymous" : actor.Kind == ActorKind.System ? "system" : actor.UserId.ToString(),
            ActorName = actor?.UserName ?? "anonymous",
            ActorRole = actor?.Role ?? "none",
            PatientId = audit.PatientId,
            RequestType = RequestNames.Of(typeof(TMessage)),
            Domain = audit.Domain?.ToString(),
            Action = audit.Action?.ToString(),
            Purpose = actor is null ? null : PurposeOfUse.For(actor.Role),
            RecordIds = Join(audit.RecordIds),
            DisclosedFields = Join(audit.Disclosed),
            WithheldFields = Join(audit.Withheld),
            Outcome = outcome,
            Reason = reason,
            SessionId = actor?.SessionId,
            ClientAddress = actor?.ClientAddress,
        };
        try
        {
            await writer.AppendAsync(record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Ids and type names only: the record itself may describe PHI.
            logger.LogError(ex, "Audit append failed for {RequestType} correlation {CorrelationId}; request refused",
                record.RequestType, correlationId);
            throw new AuditUnavailableException(ex);
        }
    }

    private static string? Join(HashSet<string> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order(StringComparer.Ordinal).ToList();
        // Bounded so one huge list cannot bloat the ledger; the count is kept.
        return sorted.Count <= 200 ? string.Join(',', sorted) : string.Join(',', sorted.Take(200)) + $",…(+{sorted.Count - 200})";
    }
}

/// <summary>The audit trail could not be written, so nothing was returned or changed.</summary>
public sealed class AuditUnavailableException(Exception inner)
    : Exception("The request was refused because it could not be recorded in the audit trail.", inner);

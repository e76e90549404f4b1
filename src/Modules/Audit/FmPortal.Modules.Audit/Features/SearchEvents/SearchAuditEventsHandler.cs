using FmPortal.Modules.Audit.Contracts;
using FmPortal.Modules.Audit.Data;
using FmPortal.Shared.Kernel;
using FmPortal.Shared.Kernel.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Audit.Features.SearchEvents;

internal sealed class SearchAuditEventsHandler(IDbContextFactory<AuditDbContext> factory)
    : IQueryHandler<SearchAuditEventsQuery, Page<AuditEventDto>>
{
    public async ValueTask<Page<AuditEventDto>> Handle(SearchAuditEventsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var events = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
            events = events.Where(e => e.ActorName.ToLower() == query.Actor.Trim().ToLower() || e.ActorId == query.Actor.Trim());
        if (query.PatientId is { } patientId) events = events.Where(e => e.PatientId == patientId);
        if (!string.IsNullOrWhiteSpace(query.RequestType))
            events = events.Where(e => e.RequestType.ToLower().Contains(query.RequestType.Trim().ToLower()));
        if (query.Outcome is { } outcome) events = events.Where(e => e.Outcome == outcome);
        else if (!query.IncludeAttempts) events = events.Where(e => e.Outcome != AuditOutcome.Attempted);
        if (query.From is { } from) events = events.Where(e => e.OccurredAt >= from);
        if (query.To is { } to) events = events.Where(e => e.OccurredAt < to);

        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take)
            .Select(e => new AuditEventDto
            {
                Id = e.Id, OccurredAt = e.OccurredAt, ActorName = e.ActorName, ActorRole = e.ActorRole,
                PatientId = e.PatientId, RequestType = e.RequestType, Action = e.Domain + ":" + e.Action,
                Purpose = e.Purpose, RecordIds = e.RecordIds, DisclosedFields = e.DisclosedFields,
                WithheldFields = e.WithheldFields, Outcome = e.Outcome, Reason = e.Reason,
                SessionId = e.SessionId, ClientAddress = e.ClientAddress,
            })
            .ToListAsync(cancellationToken);
        return new Page<AuditEventDto>(rows, total);
    }
}

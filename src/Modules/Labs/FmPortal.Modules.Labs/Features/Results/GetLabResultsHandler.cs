using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Labs.Data;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Labs.Features.Results;

internal sealed class GetLabResultsHandler(IDbContextFactory<LabsDbContext> factory, IActorContext actors)
    : IQueryHandler<GetLabResultsQuery, IReadOnlyList<LabResultDto>>
{
    public async ValueTask<IReadOnlyList<LabResultDto>> Handle(GetLabResultsQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var results = LabVisibility.VisibleTo(db.Results.AsNoTracking(), actors.Current!)
            .Where(r => r.PatientId == query.PatientId);
        return await results
            .OrderByDescending(r => r.EffectiveAt).ThenBy(r => r.Display)
            .Select(r => new LabResultDto
            {
                Id = r.Id, ReportId = r.ReportId,
                ReportName = db.Reports.Where(p => p.Id == r.ReportId).Select(p => p.Display).FirstOrDefault(),
                LoincCode = r.Code, Display = r.Display, Value = r.ValueQuantity, Unit = r.Unit, ValueText = r.ValueText,
                ReferenceRange = r.ReferenceText ?? (r.ReferenceLow != null || r.ReferenceHigh != null
                    ? (r.ReferenceLow != null ? r.ReferenceLow.ToString() : "") + "–" + (r.ReferenceHigh != null ? r.ReferenceHigh.ToString() : "")
                    : null),
                Interpretation = r.Interpretation, IsAbnormal = r.IsAbnormal, EffectiveAt = r.EffectiveAt, ReleasedAt = r.ReleasedAt,
            })
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Patients see a result only once a clinician has released it; staff see all.</summary>
internal static class LabVisibility
{
    public static IQueryable<LabResult> VisibleTo(IQueryable<LabResult> results, Actor actor) =>
        actor.IsPatient ? results.Where(r => r.ReleasedAt != null) : results;
}

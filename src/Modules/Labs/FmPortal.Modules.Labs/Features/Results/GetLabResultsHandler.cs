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
        var rows = await results
            .OrderByDescending(r => r.EffectiveAt).ThenBy(r => r.Display)
            .Select(r => new
            {
                Result = r,
                ReportName = db.Reports.Where(p => p.Id == r.ReportId).Select(p => p.Display).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(x => new LabResultDto
        {
            Id = x.Result.Id, ReportId = x.Result.ReportId, ReportName = x.ReportName,
            LoincCode = x.Result.Code, Display = x.Result.Display, Value = x.Result.ValueQuantity, Unit = x.Result.Unit,
            ValueText = x.Result.ValueText, ReferenceRange = LabFormat.Range(x.Result.ReferenceLow, x.Result.ReferenceHigh, x.Result.ReferenceText),
            Interpretation = x.Result.Interpretation, IsAbnormal = x.Result.IsAbnormal, EffectiveAt = x.Result.EffectiveAt,
            ReleasedAt = x.Result.ReleasedAt,
        }).ToList();
    }
}

/// <summary>Patients see a result only once a clinician has released it; staff see all.</summary>
internal static class LabVisibility
{
    public static IQueryable<LabResult> VisibleTo(IQueryable<LabResult> results, Actor actor) =>
        actor.IsPatient ? results.Where(r => r.ReleasedAt != null) : results;
}

using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Labs.Data;
using FmPortal.Modules.Labs.Features.Results;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Labs.Features.Trend;

internal sealed class GetAnalyteTrendHandler(IDbContextFactory<LabsDbContext> factory, IActorContext actors)
    : IQueryHandler<GetAnalyteTrendQuery, AnalyteTrendDto>
{
    public async ValueTask<AnalyteTrendDto> Handle(GetAnalyteTrendQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await LabVisibility.VisibleTo(db.Results.AsNoTracking(), actors.Current!)
            .Where(r => r.PatientId == query.PatientId && r.Code == query.LoincCode && r.ValueQuantity != null)
            .OrderBy(r => r.EffectiveAt)
            .Select(r => new { r.Id, r.EffectiveAt, r.ValueQuantity, r.IsAbnormal, r.Display, r.Unit })
            .ToListAsync(cancellationToken);
        return new AnalyteTrendDto
        {
            PatientId = query.PatientId,
            LoincCode = query.LoincCode,
            Display = rows.LastOrDefault()?.Display,
            Unit = rows.LastOrDefault()?.Unit,
            Points = rows.Select(r => new TrendPointDto
            {
                ResultId = r.Id, EffectiveAt = r.EffectiveAt, Value = r.ValueQuantity, IsAbnormal = r.IsAbnormal,
            }).ToList(),
        };
    }
}

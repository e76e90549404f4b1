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
        // One line, one unit: values in another unit (1.3 mmol/L beside 56 mg/dL) are left off, and counted.
        var unit = rows.LastOrDefault()?.Unit;
        var sameUnit = rows.Where(r => string.Equals(r.Unit, unit, StringComparison.Ordinal)).ToList();
        return new AnalyteTrendDto
        {
            PatientId = query.PatientId,
            LoincCode = query.LoincCode,
            Display = rows.LastOrDefault()?.Display,
            Unit = unit,
            OtherUnitCount = rows.Count - sameUnit.Count,
            Points = sameUnit.Select(r => new TrendPointDto
            {
                ResultId = r.Id, EffectiveAt = r.EffectiveAt, Value = r.ValueQuantity, IsAbnormal = r.IsAbnormal,
            }).ToList(),
        };
    }
}

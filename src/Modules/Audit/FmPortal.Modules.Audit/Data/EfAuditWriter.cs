using FmPortal.Shared.Kernel.Audit;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Audit.Data;

/// <summary>Commits each event in its own short transaction before the pipeline continues.</summary>
internal sealed class EfAuditWriter(IDbContextFactory<AuditDbContext> factory) : IAuditWriter
{
    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Events.Add(AuditEvent.From(record));
        await db.SaveChangesAsync(cancellationToken);
    }
}

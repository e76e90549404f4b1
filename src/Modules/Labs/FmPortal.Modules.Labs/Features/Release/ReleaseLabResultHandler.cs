using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Labs.Data;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Labs.Features.Release;

internal sealed class ReleaseLabResultHandler(IDbContextFactory<LabsDbContext> factory, IActorContext actors, TimeProvider clock)
    : ICommandHandler<ReleaseLabResultCommand>
{
    public async ValueTask<Unit> Handle(ReleaseLabResultCommand command, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // The patient id is part of the lookup: a result id from another chart is simply not found.
        var result = await db.Results.FirstOrDefaultAsync(
            r => r.Id == command.ResultId && r.PatientId == command.PatientId, cancellationToken)
            ?? throw new NotFoundException("The lab result");
        if (result.ReleasedAt is not null) return Unit.Value;
        result.ReleasedAt = clock.GetUtcNow();
        result.ReleasedBy = actors.Current!.UserId;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

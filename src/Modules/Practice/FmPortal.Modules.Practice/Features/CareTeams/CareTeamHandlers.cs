using FmPortal.Modules.Practice.Contracts;
using FmPortal.Modules.Practice.Data;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Practice.Features.CareTeams;

internal sealed class AddCareTeamMemberHandler(IDbContextFactory<PracticeDbContext> factory, TimeProvider clock)
    : ICommandHandler<AddCareTeamMemberCommand>
{
    public async ValueTask<Unit> Handle(AddCareTeamMemberCommand command, CancellationToken cancellationToken)
    {
        if (!Roles.IsStaff(command.Role))
            throw new RequestValidationException([new ValidationProblem("Role", "Only staff roles can join a care team.")]);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Patients.AnyAsync(p => p.Id == command.PatientId, cancellationToken))
            throw new NotFoundException("The patient");
        if (await db.CareTeam.AnyAsync(c => c.PatientId == command.PatientId && c.StaffUserId == command.StaffUserId, cancellationToken))
            return Unit.Value;
        db.CareTeam.Add(new CareTeamMember
        {
            PatientId = command.PatientId, StaffUserId = command.StaffUserId, Role = command.Role, AddedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The care relationship the authorization behavior asks about on every patient-scoped request.</summary>
internal sealed class CareTeamDirectory(IDbContextFactory<PracticeDbContext> factory) : ICareRelationships
{
    public async ValueTask<bool> IsOnCareTeamAsync(Guid staffUserId, Guid patientId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.CareTeam.AnyAsync(c => c.PatientId == patientId && c.StaffUserId == staffUserId, cancellationToken);
    }
}

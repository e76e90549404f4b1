using FmPortal.Modules.Practice.Contracts;
using FmPortal.Modules.Practice.Data;
using FmPortal.Shared.Kernel.Errors;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Practice.Features.Patients;

internal sealed class ListMyPatientsHandler(IDbContextFactory<PracticeDbContext> factory, IActorContext actors)
    : IQueryHandler<ListMyPatientsQuery, IReadOnlyList<PatientSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PatientSummaryDto>> Handle(ListMyPatientsQuery query, CancellationToken cancellationToken)
    {
        var actor = actors.Current!;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var patients = db.Patients.AsNoTracking();
        patients = actor.IsPatient
            ? patients.Where(p => p.Id == actor.PatientId)
            : patients.Where(p => db.CareTeam.Any(c => c.PatientId == p.Id && c.StaffUserId == actor.UserId));
        return await patients.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(PatientProjections.Summary).ToListAsync(cancellationToken);
    }
}

internal sealed class ListPatientDirectoryHandler(IDbContextFactory<PracticeDbContext> factory)
    : IQueryHandler<ListPatientDirectoryQuery, IReadOnlyList<PatientSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PatientSummaryDto>> Handle(ListPatientDirectoryQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking().OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(PatientProjections.Summary).ToListAsync(cancellationToken);
    }
}

internal sealed class GetPatientHandler(IDbContextFactory<PracticeDbContext> factory) : IQueryHandler<GetPatientQuery, PatientDto>
{
    public async ValueTask<PatientDto> Handle(GetPatientQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PatientId, cancellationToken)
            ?? throw new NotFoundException("The patient");
        return new PatientDto
        {
            Id = patient.Id, Mrn = patient.Mrn, GivenName = patient.GivenName, FamilyName = patient.FamilyName,
            BirthDate = patient.BirthDate, Sex = patient.Sex, Email = patient.Email, Phone = patient.Phone,
            InsurancePayer = patient.InsurancePayer, InsuranceMemberId = patient.InsuranceMemberId,
        };
    }
}

internal static class PatientProjections
{
    public static readonly System.Linq.Expressions.Expression<Func<Patient, PatientSummaryDto>> Summary = p => new PatientSummaryDto
    {
        Id = p.Id, Mrn = p.Mrn, DisplayName = p.GivenName + " " + p.FamilyName, BirthDate = p.BirthDate,
    };
}

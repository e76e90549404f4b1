using FluentValidation;
using FmPortal.Modules.Practice.Contracts;
using FmPortal.Modules.Practice.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Practice.Features.Patients;

internal sealed class RegisterPatientHandler(IDbContextFactory<PracticeDbContext> factory, TimeProvider clock)
    : ICommandHandler<RegisterPatientCommand, RegisteredPatient>
{
    public async ValueTask<RegisteredPatient> Handle(RegisterPatientCommand command, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var patient = new Patient
        {
            Id = Guid.CreateVersion7(), Mrn = command.Mrn.Trim(), GivenName = command.GivenName.Trim(),
            FamilyName = command.FamilyName.Trim(), BirthDate = command.BirthDate, Sex = command.Sex,
            Email = command.Email?.Trim(), Phone = command.Phone?.Trim(), InsurancePayer = command.InsurancePayer,
            InsuranceMemberId = command.InsuranceMemberId, RegisteredAt = clock.GetUtcNow(),
            Identifiers = command.ExternalIdentifiers.Distinct().Select(v => new PatientIdentifier { Value = v }).ToList(),
        };
        db.Patients.Add(patient);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredPatient(patient.Id);
    }
}

internal sealed class RegisterPatientValidator : AbstractValidator<RegisterPatientCommand>
{
    public RegisterPatientValidator(TimeProvider clock)
    {
        RuleFor(c => c.Mrn).NotEmpty().WithMessage("A medical record number is required.")
            .MaximumLength(32).WithMessage("The medical record number is too long (32 characters at most).");
        // Real names: one name is fine, any script; only emptiness and absurd length are refused.
        RuleFor(c => c.GivenName).NotEmpty().WithMessage("A given name is required.")
            .MaximumLength(200).WithMessage("The given name is too long (200 characters at most).");
        RuleFor(c => c.FamilyName).MaximumLength(200).WithMessage("The family name is too long (200 characters at most).");
        RuleFor(c => c.BirthDate).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) && d.Year >= 1880)
            .WithMessage("The birth date must be in the past and after 1880.");
        RuleFor(c => c.ExternalIdentifiers).Must(ids => ids.All(i => i.Length is > 2 and <= 400 && i.Contains('|')))
            .WithMessage("External identifiers must look like \"system|value\" (400 characters at most).");
    }
}

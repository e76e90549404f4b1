using System.Security.Cryptography;
using System.Text;
using FmPortal.Host.Identity;
using FmPortal.Modules.Practice.Contracts;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FmPortal.Host.Seeding;

/// <summary>
/// Creates the demo practice once: an account per role, synthetic patients and their care teams.
/// Patient records go through the mediator like any other write, so the seed is audited too.
/// </summary>
internal sealed class DemoPracticeSeeder(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IMediator mediator,
    IActorContext actors,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    ILogger<DemoPracticeSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (users.Users.Any()) return;
        actors.Set(Actor.System("demo-seed", "seed-" + Guid.NewGuid().ToString("N")));
        var credentials = new StringBuilder("# Demo accounts (synthetic practice). Generated on first run; not for production.\n");

        foreach (var role in Roles.All.Where(r => r != Roles.SystemIntegration))
            await Check(roles.CreateAsync(new PortalRole(role)));

        var staffIds = new Dictionary<string, (Guid Id, string Role)>();
        foreach (var staff in DemoPeople.StaffMembers)
        {
            var user = new PortalUser { Id = Guid.CreateVersion7(), UserName = staff.UserName, DisplayName = staff.DisplayName };
            await CreateUser(user, staff.Role, credentials);
            staffIds[staff.UserName] = (user.Id, staff.Role);
        }

        foreach (var person in DemoPeople.Patients)
        {
            var registered = await mediator.Send(new RegisterPatientCommand
            {
                Mrn = person.Mrn, GivenName = person.Given, FamilyName = person.Family, BirthDate = person.Birth,
                Sex = person.Sex, Email = $"{person.UserName}@patients.example", Phone = "+1-555-0100",
                InsurancePayer = person.Payer, InsuranceMemberId = "M" + person.Mrn[3..],
            }, cancellationToken);
            foreach (var member in person.CareTeam)
                await mediator.Send(new AddCareTeamMemberCommand(registered.PatientId, staffIds[member].Id, staffIds[member].Role), cancellationToken);
            var account = new PortalUser
            {
                Id = Guid.CreateVersion7(), UserName = person.UserName, DisplayName = person.Given, PatientId = registered.PatientId,
            };
            await CreateUser(account, Roles.Patient, credentials);
        }

        if (string.IsNullOrEmpty(options.Value.Password))
        {
            var file = Path.Combine(environment.ContentRootPath, options.Value.CredentialsFile);
            Composition.OwnerOnlyFolder.Create(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, credentials.ToString(), cancellationToken);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            logger.LogWarning("Demo practice seeded; sign-in details written to {File}", file);
        }
    }

    private async Task CreateUser(PortalUser user, string role, StringBuilder credentials)
    {
        var password = string.IsNullOrEmpty(options.Value.Password) ? NewPassphrase() : options.Value.Password;
        await Check(users.CreateAsync(user, password));
        await Check(users.AddToRoleAsync(user, role));
        credentials.AppendLine($"{user.UserName,-20} {role,-20} {password}");
    }

    private static string NewPassphrase() =>
        "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}

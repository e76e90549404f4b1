using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Host.Seeding;

/// <summary>
/// The synthetic demo practice. The first four patients carry the names and birth dates of the public
/// Synthea sample bundles, so those files match them on import. Nobody here is a real person.
/// </summary>
internal static class DemoPeople
{
    public sealed record Staff(string UserName, string DisplayName, string Role);

    public sealed record DemoPatient(
        string UserName, string Mrn, string Given, string Family, DateOnly Birth, string Sex,
        string Payer, string[] CareTeam);

    public static readonly Staff[] StaffMembers =
    [
        new("dr.rivera", "Dr. Ana Rivera", Roles.Physician),
        new("np.okafor", "Chidi Okafor, NP", Roles.NursePractitioner),
        new("coach.lind", "Maja Lind", Roles.HealthCoach),
        new("nutrition.sato", "Ken Sato, RDN", Roles.Nutritionist),
        new("desk.moreau", "Claire Moreau", Roles.FrontDesk),
        new("billing.quinn", "Rory Quinn", Roles.Billing),
        new("compliance.haddad", "Leila Haddad", Roles.ComplianceOfficer),
        new("admin.novak", "Petr Novak", Roles.PracticeAdmin),
    ];

    private static readonly string[] Everyone = ["dr.rivera", "desk.moreau", "billing.quinn"];

    public static readonly DemoPatient[] Patients =
    [
        new("alfreda.wyman", "FM-1001", "Alfreda", "Wyman", new(1980, 10, 28), "female", "Synthetic Mutual", [.. Everyone, "coach.lind", "nutrition.sato"]),
        new("louis.maggio", "FM-1002", "Louis", "Maggio", new(1976, 1, 16), "male", "Example Health Plan", [.. Everyone, "coach.lind"]),
        new("lupe.little", "FM-1003", "Lupe", "Little", new(1982, 4, 7), "male", "Synthetic Mutual", [.. Everyone, "np.okafor"]),
        new("raul.fernandez", "FM-1004", "Raúl", "Fernández", new(1971, 12, 23), "male", "Example Health Plan", [.. Everyone, "nutrition.sato"]),
        // Not on Dr. Rivera's panel: shows that staff see only their own patients.
        new("jordan.ellis", "FM-1005", "Jordan", "Ellis", new(1990, 6, 2), "other", "Synthetic Mutual", ["np.okafor", "desk.moreau", "billing.quinn"]),
    ];
}

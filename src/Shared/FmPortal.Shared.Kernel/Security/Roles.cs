namespace FmPortal.Shared.Kernel.Security;

/// <summary>Role names as stored in the identity store. One role per account.</summary>
public static class Roles
{
    public const string Physician = "physician";
    public const string NursePractitioner = "nurse-practitioner";
    public const string HealthCoach = "health-coach";
    public const string Nutritionist = "nutritionist";
    public const string FrontDesk = "front-desk";
    public const string Billing = "billing";
    public const string ComplianceOfficer = "compliance-officer";
    public const string PracticeAdmin = "practice-admin";
    public const string Patient = "patient";

    /// <summary>Non-human callers (command line, integrations). Never assignable to a person.</summary>
    public const string SystemIntegration = "system-integration";

    public static readonly IReadOnlyList<string> Staff =
    [
        Physician, NursePractitioner, HealthCoach, Nutritionist, FrontDesk, Billing, ComplianceOfficer, PracticeAdmin,
    ];

    /// <summary>Staff who work with patients' charts, as one attribute value for page-level [Authorize(Roles = …)].</summary>
    public const string CareTeam = Physician + "," + NursePractitioner + "," + HealthCoach + "," + Nutritionist + "," + FrontDesk + "," + Billing;

    public static readonly IReadOnlyList<string> All = [.. Staff, Patient, SystemIntegration];

    public static bool IsStaff(string role) => Staff.Contains(role);

    public static bool IsClinician(string role) => role is Physician or NursePractitioner;

    /// <summary>The account's one role; none, or more than one, reads as "none" (deny by default).</summary>
    public static string Of(System.Security.Claims.ClaimsPrincipal principal)
    {
        var roles = principal.FindAll(System.Security.Claims.ClaimTypes.Role).Take(2).ToList();
        return roles.Count == 1 ? roles[0].Value : "none";
    }
}

using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Pipeline.Auditing;

/// <summary>Default purpose of use per role, with HL7 v3 PurposeOfUse codes.</summary>
public static class PurposeOfUse
{
    public static string For(string role) => role switch
    {
        Roles.Physician or Roles.NursePractitioner or Roles.HealthCoach or Roles.Nutritionist => "TREAT",
        Roles.Billing => "HPAYMT",
        Roles.FrontDesk or Roles.PracticeAdmin or Roles.SystemIntegration => "HOPERAT",
        Roles.ComplianceOfficer => "HOPERAT",
        Roles.Patient => "PATRQT",
        _ => "UNKNOWN",
    };
}

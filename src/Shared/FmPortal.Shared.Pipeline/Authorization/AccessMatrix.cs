using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Pipeline.Authorization;

/// <summary>
/// The seeded defaults. Kept as data (role → domain → actions) so it can move to the database and the
/// admin UI without changing the behaviors that read it.
/// </summary>
public sealed class DefaultAccessMatrix : IAccessMatrix
{
    private const DataAction R = DataAction.Read;
    private const DataAction W = DataAction.Write;
    private const DataAction X = DataAction.Export;
    private const DataAction Rel = DataAction.Release;
    private const DataAction Adm = DataAction.Administer;

    private static readonly Dictionary<string, Dictionary<DataDomain, DataAction[]>> Grants = new()
    {
        [Roles.Physician] = Clinician(),
        [Roles.NursePractitioner] = Clinician(),
        [Roles.HealthCoach] = new()
        {
            [DataDomain.Demographics] = [R], [DataDomain.Contact] = [R], [DataDomain.IntakeHistory] = [R],
            [DataDomain.CarePlans] = [R, W], [DataDomain.Messages] = [R, W],
        },
        [Roles.Nutritionist] = new()
        {
            [DataDomain.Demographics] = [R], [DataDomain.Contact] = [R], [DataDomain.IntakeHistory] = [R],
            [DataDomain.Labs] = [R], [DataDomain.CarePlans] = [R, W], [DataDomain.Messages] = [R, W],
        },
        [Roles.FrontDesk] = new()
        {
            [DataDomain.Demographics] = [R, W], [DataDomain.Contact] = [R, W], [DataDomain.Messages] = [R],
        },
        [Roles.Billing] = new()
        {
            [DataDomain.Demographics] = [R], [DataDomain.Contact] = [R], [DataDomain.Billing] = [R, W, X],
        },
        [Roles.ComplianceOfficer] = new()
        {
            [DataDomain.Audit] = [R, X], [DataDomain.Demographics] = [R],
        },
        [Roles.PracticeAdmin] = new()
        {
            [DataDomain.Administration] = [R, W, Adm], [DataDomain.Demographics] = [R],
            // Importing lab files is an administrative act: the admin writes results, never reads values.
            [DataDomain.Labs] = [Adm],
        },
        [Roles.Patient] = new()
        {
            [DataDomain.Demographics] = [R], [DataDomain.Contact] = [R, W], [DataDomain.IntakeHistory] = [R, W],
            [DataDomain.Labs] = [R], [DataDomain.CarePlans] = [R], [DataDomain.Messages] = [R, W],
            [DataDomain.Documents] = [R, W], [DataDomain.Billing] = [R],
        },
        // Start-up and command-line tasks (demo seed, lab import): registration, care teams, lab writes. No reads of values.
        [Roles.SystemIntegration] = new()
        {
            [DataDomain.Labs] = [Adm], [DataDomain.Demographics] = [R, W], [DataDomain.Administration] = [R, W],
        },
    };

    private static readonly Dictionary<string, DataDomain[]> RestrictedGrants = new()
    {
        [Roles.Physician] = [DataDomain.IntakeHistory, DataDomain.Labs, DataDomain.ClinicalNotes, DataDomain.Documents],
        [Roles.NursePractitioner] = [DataDomain.IntakeHistory, DataDomain.Labs, DataDomain.ClinicalNotes, DataDomain.Documents],
    };

    private static Dictionary<DataDomain, DataAction[]> Clinician() => new()
    {
        [DataDomain.Demographics] = [R, W], [DataDomain.Contact] = [R, W], [DataDomain.IntakeHistory] = [R, W],
        [DataDomain.Labs] = [R, W, Rel, X], [DataDomain.CarePlans] = [R, W, Rel], [DataDomain.ClinicalNotes] = [R, W],
        [DataDomain.Messages] = [R, W], [DataDomain.Documents] = [R, W],
    };

    public bool Allows(string role, DataDomain domain, DataAction action) =>
        Grants.TryGetValue(role, out var domains)
        && domains.TryGetValue(domain, out var actions)
        && actions.Contains(action);

    public bool AllowsRestricted(string role, DataDomain domain) =>
        RestrictedGrants.TryGetValue(role, out var domains) && domains.Contains(domain);

    /// <summary>The whole matrix, for documentation and generated policy tests.</summary>
    public static IEnumerable<(string Role, DataDomain Domain, DataAction Action)> Entries() =>
        from role in Grants
        from domain in role.Value
        from action in domain.Value
        select (role.Key, domain.Key, action);
}

using Microsoft.AspNetCore.Identity;

namespace FmPortal.Host.Identity;

/// <summary>A person who signs in. Unique id (Guid) and unique user name; one role.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    /// <summary>For patient accounts: the patient record this account belongs to.</summary>
    public Guid? PatientId { get; set; }

    /// <summary>Shown in the app bar and the audit trail (staff only; a patient's name is PHI).</summary>
    public string DisplayName { get; set; } = "";
}

public sealed class PortalRole : IdentityRole<Guid>
{
    public PortalRole() { }

    public PortalRole(string name) : base(name) => Id = Guid.CreateVersion7();
}

namespace FmPortal.Shared.Kernel.Security;

/// <summary>
/// The one permission a request needs. Deliberately not named "Authorize": ASP.NET's attribute protects
/// routes, this one protects data, and the pipeline is the only place that reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequiresPermissionAttribute(DataDomain domain, DataAction action) : Attribute
{
    public DataDomain Domain { get; } = domain;
    public DataAction Action { get; } = action;
}

/// <summary>An explicit, reviewed statement that a request touches no protected data.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class NoPermissionRequiredAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}

/// <summary>Requests about one patient. The pipeline checks the care relationship for this id.</summary>
public interface IPatientScoped
{
    Guid PatientId { get; }
}

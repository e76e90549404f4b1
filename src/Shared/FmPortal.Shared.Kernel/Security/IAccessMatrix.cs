namespace FmPortal.Shared.Kernel.Security;

/// <summary>Role × data domain × action. Anything not listed is denied.</summary>
public interface IAccessMatrix
{
    bool Allows(string role, DataDomain domain, DataAction action);

    /// <summary>Restricted fields (mental health, genetics…) need an explicit grant on top of the domain.</summary>
    bool AllowsRestricted(string role, DataDomain domain);
}

namespace FmPortal.Shared.Kernel.Security;

/// <summary>The kinds of data the access policy speaks about. A field or request belongs to exactly one.</summary>
public enum DataDomain
{
    Demographics,
    Contact,
    IntakeHistory,
    Labs,
    CarePlans,
    ClinicalNotes,
    Messages,
    Billing,
    Documents,
    Audit,
    Administration,
}

public enum DataAction
{
    Read,
    Write,
    Export,
    Release,
    Impersonate,
    Administer,
}

/// <summary>Restricted data (mental health, substance use, reproductive, genetic) needs a grant on top of the domain.</summary>
public enum Sensitivity
{
    Normal,
    Restricted,
}

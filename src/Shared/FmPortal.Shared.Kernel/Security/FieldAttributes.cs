namespace FmPortal.Shared.Kernel.Security;

/// <summary>
/// Classifies a response property as protected data of one domain. The minimum-necessary behavior
/// nulls it when the caller's role may not read that domain, so such properties must be nullable.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class FieldDomainAttribute(DataDomain domain, Sensitivity sensitivity = Sensitivity.Normal) : Attribute
{
    public DataDomain Domain { get; } = domain;
    public Sensitivity Sensitivity { get; } = sensitivity;
}

/// <summary>A property that carries no patient information (paging totals, display flags of the UI).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NonPhiAttribute : Attribute;

/// <summary>An identifier of a stored record; its value is written to the audit event.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AuditRecordIdAttribute : Attribute;

/// <summary>The patient a request or response is about; written to the audit event's patient column.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AuditPatientIdAttribute : Attribute;

namespace FmPortal.Modules.Labs.Fhir;

/// <summary>What a bundle holds, in the portal's terms, before anything is stored.</summary>
internal sealed record ParsedLabBundle(
    BundlePatient? Patient,
    IReadOnlyList<ParsedReport> Reports,
    IReadOnlyList<ParsedResult> Results,
    int EntriesSkipped);

internal sealed record BundlePatient(
    IReadOnlyList<string> Identifiers, string? FamilyName, IReadOnlyList<string> GivenNames, DateOnly? BirthDate);

internal sealed record ParsedReport(
    string SourceKey, string? Code, string? Display, string? Status, DateTimeOffset? EffectiveAt, DateTimeOffset? IssuedAt);

internal sealed record ParsedResult(
    string SourceKey,
    string? ReportSourceKey,
    string CodeSystem,
    string Code,
    string? Display,
    decimal? ValueQuantity,
    string? Unit,
    string? ValueText,
    decimal? ReferenceLow,
    decimal? ReferenceHigh,
    string? ReferenceText,
    string? Interpretation,
    bool IsAbnormal,
    string? Status,
    DateTimeOffset? EffectiveAt);

/// <summary>A bundle that cannot be imported. The message names the entry and the problem, never a value.</summary>
internal sealed class LabBundleException(string message) : FmPortal.Shared.Kernel.Errors.PortalException(message)
{
    public override string Code => "invalid-bundle";
}

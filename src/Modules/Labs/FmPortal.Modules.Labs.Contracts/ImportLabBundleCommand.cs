using FmPortal.Shared.Kernel.Security;
using Mediator;

namespace FmPortal.Modules.Labs.Contracts;

/// <summary>
/// Imports a FHIR R4 Bundle of laboratory results, all or nothing. The patient comes from the bundle's
/// Patient resource (matched to a portal patient); a bundle without one needs <see cref="PatientId"/>.
/// Importing the same bundle again creates nothing new. An administrative act for the whole practice
/// (the file names the patient), so it needs Labs:Administer, which clinicians do not hold.
/// </summary>
[RequiresPermission(DataDomain.Labs, DataAction.Administer)]
public sealed record ImportLabBundleCommand : ICommand<LabImportResult>
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public required string FileName { get; init; }

    /// <summary>The size the sender declared; checked before any parsing so an oversized file is refused cheaply.</summary>
    public required long SizeBytes { get; init; }

    public required ReadOnlyMemory<byte> Content { get; init; }

    [AuditPatientId] public Guid? PatientId { get; init; }
}

public sealed record LabImportResult
{
    [AuditPatientId] public required Guid PatientId { get; init; }
    [NonPhi] public required int ReportsCreated { get; init; }
    [NonPhi] public required int ResultsCreated { get; init; }
    [NonPhi] public required int ResultsAlreadyPresent { get; init; }
    [NonPhi] public required int EntriesSkipped { get; init; }
}

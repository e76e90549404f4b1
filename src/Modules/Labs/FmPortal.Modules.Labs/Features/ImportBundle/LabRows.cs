using FmPortal.Modules.Labs.Data;
using FmPortal.Modules.Labs.Fhir;

namespace FmPortal.Modules.Labs.Features.ImportBundle;

internal static class LabRows
{
    public static LabReport Report(ParsedReport r, Guid patientId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), PatientId = patientId, SourceKey = r.SourceKey, Code = r.Code, Display = r.Display,
        Status = r.Status, EffectiveAt = r.EffectiveAt, IssuedAt = r.IssuedAt, ImportedAt = now,
    };

    public static LabResult Result(ParsedResult r, Guid patientId, Guid? reportId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), PatientId = patientId, ReportId = reportId, SourceKey = r.SourceKey,
        CodeSystem = r.CodeSystem, Code = r.Code, Display = r.Display, ValueQuantity = r.ValueQuantity, Unit = r.Unit,
        ValueText = r.ValueText, ReferenceLow = r.ReferenceLow, ReferenceHigh = r.ReferenceHigh,
        ReferenceText = r.ReferenceText, Interpretation = r.Interpretation, IsAbnormal = r.IsAbnormal,
        Status = r.Status, EffectiveAt = r.EffectiveAt, ImportedAt = now,
    };
}

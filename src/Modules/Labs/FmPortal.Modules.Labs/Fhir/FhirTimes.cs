using Hl7.Fhir.Model;

namespace FmPortal.Modules.Labs.Fhir;

internal static class FhirTimes
{
    /// <summary>effective[x]: a dateTime, or the start of a period; partial dates count from their first instant.</summary>
    public static DateTimeOffset? Effective(DataType? effective) => effective switch
    {
        FhirDateTime dateTime => ToOffset(dateTime),
        Period period when period.StartElement is not null => ToOffset(period.StartElement),
        Instant instant => instant.Value?.ToUniversalTime(),
        _ => null,
    };

    private static DateTimeOffset? ToOffset(FhirDateTime dateTime) =>
        dateTime.TryToDateTimeOffset(out var value) ? value.ToUniversalTime() : null;
}

using System.Globalization;
using Hl7.Fhir.Model;

namespace FmPortal.Modules.Labs.Fhir;

/// <summary>One laboratory Observation to one result: LOINC code, value and unit (or text), range, flag, time.</summary>
internal static class ObservationMapper
{
    private const string Loinc = "http://loinc.org";

    // HL7 v3 ObservationInterpretation codes that mean "normal" or say nothing about abnormality.
    private static readonly HashSet<string> NotAbnormal = new(StringComparer.OrdinalIgnoreCase) { "N", "NEG", "ND", "IND", "E", "" };

    public static ParsedResult Map(Observation o, string sourceKey, string? reportKey, int position)
    {
        var coding = o.Code?.Coding.FirstOrDefault(c => c.System == Loinc && !string.IsNullOrEmpty(c.Code))
            ?? o.Code?.Coding.FirstOrDefault(c => !string.IsNullOrEmpty(c.Code));
        if (coding is null)
            throw new LabBundleException($"Entry {position} (Observation {o.Id ?? "without id"}) has no code.");

        var (quantity, unit, text) = ReadValue(o)
            ?? throw new LabBundleException($"Entry {position} (Observation {o.Id ?? "without id"}) has no value.");

        var range = o.ReferenceRange.FirstOrDefault();
        var low = range?.Low?.Value;
        var high = range?.High?.Value;
        var interpretation = o.Interpretation.SelectMany(i => i.Coding).FirstOrDefault(c => c.Code is not null)?.Code;
        var outOfRange = quantity is { } v && ((low is { } l && v < l) || (high is { } h && v > h));
        var abnormal = interpretation is not null ? !NotAbnormal.Contains(interpretation) : outOfRange;

        return new ParsedResult(
            sourceKey, reportKey, coding.System ?? "", coding.Code!, coding.Display ?? o.Code?.Text,
            quantity, unit, text, low, high, range?.Text, interpretation, abnormal,
            o.Status?.ToString().ToLowerInvariant(), FhirTimes.Effective(o.Effective) ?? o.Issued?.ToUniversalTime());
    }

    private static (decimal? Quantity, string? Unit, string? Text)? ReadValue(Observation o) => o.Value switch
    {
        Quantity q when q.Value is not null => (q.Value, q.Unit ?? q.Code, null),
        CodeableConcept c => (null, null, c.Text ?? c.Coding.FirstOrDefault()?.Display ?? c.Coding.FirstOrDefault()?.Code),
        FhirString s when !string.IsNullOrWhiteSpace(s.Value) => (null, null, s.Value),
        Integer i when i.Value is not null => (i.Value, null, null),
        FhirBoolean b when b.Value is not null => (null, null, b.Value.Value ? "Yes" : "No"),
        Ratio r when r.Numerator?.Value is not null && r.Denominator?.Value is not null =>
            (null, null, $"{Format(r.Numerator.Value)}:{Format(r.Denominator.Value)}"),
        Hl7.Fhir.Model.Range r when r.Low?.Value is not null || r.High?.Value is not null =>
            (null, r.Low?.Unit ?? r.High?.Unit, $"{Format(r.Low?.Value)}–{Format(r.High?.Value)}"),
        null when o.DataAbsentReason is { } absent =>
            (null, null, "Not available: " + (absent.Text ?? absent.Coding.FirstOrDefault()?.Display ?? absent.Coding.FirstOrDefault()?.Code)),
        _ => null,
    };

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

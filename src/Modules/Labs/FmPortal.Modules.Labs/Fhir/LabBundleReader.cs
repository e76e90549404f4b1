using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FmPortal.Modules.Labs.Fhir;

/// <summary>
/// Reads a FHIR R4 Bundle into laboratory reports and results. Everything is checked before anything is
/// stored, so an import is all or nothing. Error messages name entries by position and resource id only.
/// </summary>
internal static class LabBundleReader
{
    private static readonly JsonSerializerOptions Options =
        new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).UsingMode(DeserializationMode.Recoverable);

    public static ParsedLabBundle Read(ReadOnlyMemory<byte> content)
    {
        var bundle = Deserialize(content);
        var entries = bundle.Entry.Where(e => e.Resource is not null).ToList();
        var index = new ReferenceIndex(entries);

        var patients = entries.Where(e => e.Resource is Patient).ToList();
        if (patients.Count > 1)
            throw new LabBundleException($"The bundle holds {patients.Count} Patient resources; one bundle must be about one patient.");
        var patient = patients.Count == 1 ? ReadPatient((Patient)patients[0].Resource!) : null;
        var patientKeys = patients.Count == 1 ? index.KeysOf(patients[0]) : [];

        var reports = entries.Where(e => e.Resource is DiagnosticReport).ToList();
        var reportOfResult = MapResultsToReports(reports, index);

        var results = new List<ParsedResult>();
        var parsedReports = new List<ParsedReport>();
        var skipped = 0;
        foreach (var (entry, position) in entries.Select((e, i) => (e, i + 1)))
        {
            switch (entry.Resource)
            {
                case Observation observation when IsLab(observation, entry, reportOfResult):
                    if (observation.Status is ObservationStatus.EnteredInError or ObservationStatus.Cancelled) { skipped++; break; }
                    CheckSubject(observation.Subject, patientKeys, position, observation.Id);
                    if (IsGroupingPanel(observation)) { skipped++; break; }
                    reportOfResult.TryGetValue(entry, out var reportEntry);
                    var mapped = ObservationMapper.Map(observation, SourceKey(entry), reportEntry is null ? null : SourceKey(reportEntry), position);
                    // A result without its own time takes its report's: a lab value without a date cannot be trended or read safely.
                    if (mapped.EffectiveAt is null && reportEntry?.Resource is DiagnosticReport dated)
                        mapped = mapped with { EffectiveAt = FhirTimes.Effective(dated.Effective) ?? dated.Issued?.ToUniversalTime() };
                    results.Add(mapped);
                    break;
                case DiagnosticReport report:
                    CheckSubject(report.Subject, patientKeys, position, report.Id);
                    parsedReports.Add(new ParsedReport(SourceKey(entry), report.Code?.Coding.FirstOrDefault()?.Code,
                        report.Code?.Text ?? report.Code?.Coding.FirstOrDefault()?.Display, report.Status?.ToString(),
                        FhirTimes.Effective(report.Effective), report.Issued?.ToUniversalTime()));
                    break;
                case Patient:
                    break;
                default:
                    skipped++;
                    break;
            }
        }
        if (results.Count == 0)
            throw new LabBundleException("The bundle holds no laboratory results (Observations with category \"laboratory\" or listed in a DiagnosticReport).");
        // Keep only reports that carry at least one imported result.
        var used = results.Select(r => r.ReportSourceKey).Where(k => k is not null).ToHashSet();
        return new ParsedLabBundle(patient, parsedReports.Where(r => used.Contains(r.SourceKey)).ToList(), results, skipped);
    }

    private static Bundle Deserialize(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty) throw new LabBundleException("The file is empty.");
        CheckJsonShape(content);
        Resource? resource;
        try
        {
            resource = JsonSerializer.Deserialize<Resource>(content.Span, Options);
        }
        catch (DeserializationFailedException failed)
        {
            var first = failed.Exceptions.FirstOrDefault();
            var where = first is FhirJsonException { InstancePath: { } path } ? $" at {path}" : "";
            throw new LabBundleException($"The file is JSON but not valid FHIR R4{where}: {first?.ErrorCode ?? "unreadable content"}.");
        }
        catch (Exception other) when (other is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new LabBundleException("The file is JSON but not valid FHIR R4.");
        }
        return resource switch
        {
            Bundle bundle => bundle,
            null => throw new LabBundleException("The file holds no FHIR resource."),
            _ when !ModelInfo.IsKnownResource(resource.TypeName) =>
                throw new LabBundleException("The file is JSON but not valid FHIR R4: unknown resourceType."),
            _ => throw new LabBundleException($"The file holds a FHIR {resource.TypeName} resource, not a Bundle."),
        };
    }

    /// <summary>Syntax first, so broken JSON is reported with its position rather than as bad FHIR.</summary>
    private static void CheckJsonShape(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("resourceType", out _))
                throw new LabBundleException("The file is JSON but not valid FHIR R4: it is not an object with a resourceType.");
        }
        catch (JsonException json)
        {
            throw new LabBundleException($"The file is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}).");
        }
    }

    private static BundlePatient ReadPatient(Patient patient)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        DateOnly? birth = DateOnly.TryParseExact(patient.BirthDate ?? "", "yyyy-MM-dd", out var b) ? b : null;
        var identifiers = patient.Identifier.Where(i => i.System is not null && i.Value is not null)
            .Select(i => $"{i.System}|{i.Value}").ToList();
        return new BundlePatient(identifiers, name?.Family, name?.Given.OfType<string>().ToList() ?? [], birth);
    }

    private static Dictionary<Bundle.EntryComponent, Bundle.EntryComponent> MapResultsToReports(
        List<Bundle.EntryComponent> reports, ReferenceIndex index)
    {
        var map = new Dictionary<Bundle.EntryComponent, Bundle.EntryComponent>(ReferenceEqualityComparer.Instance);
        foreach (var reportEntry in reports)
        {
            var pending = new Stack<ResourceReference>(((DiagnosticReport)reportEntry.Resource!).Result);
            var seen = new HashSet<Bundle.EntryComponent>(ReferenceEqualityComparer.Instance);
            while (pending.TryPop(out var reference))
            {
                if (index.Resolve(reference.Reference) is not { } target || !seen.Add(target)) continue;
                map.TryAdd(target, reportEntry);
                // Panels list their members through hasMember (e.g. CBC inside a general health panel).
                if (target.Resource is Observation panel)
                    foreach (var member in panel.HasMember) pending.Push(member);
            }
        }
        return map;
    }

    private static bool IsLab(Observation o, Bundle.EntryComponent entry, Dictionary<Bundle.EntryComponent, Bundle.EntryComponent> inReport) =>
        inReport.ContainsKey(entry)
        || o.Category.Any(c => c.Coding.Any(x => x.Code == "laboratory"));

    private static bool IsGroupingPanel(Observation o) => o.Value is null && o.HasMember.Count > 0 && o.DataAbsentReason is null;

    private static void CheckSubject(ResourceReference? subject, IReadOnlyCollection<string> patientKeys, int position, string? id)
    {
        if (patientKeys.Count == 0 || subject?.Reference is null) return;
        if (!patientKeys.Contains(subject.Reference))
            throw new LabBundleException($"Entry {position} (id {id ?? "none"}) is about a different patient than the bundle's Patient.");
    }

    /// <summary>Stable identity of an entry: business identifier, else fullUrl, else type/id.</summary>
    private static string SourceKey(Bundle.EntryComponent entry)
    {
        var identifiers = entry.Resource switch
        {
            Observation o => o.Identifier,
            DiagnosticReport r => r.Identifier,
            _ => [],
        };
        var identifier = identifiers.FirstOrDefault(i => i.System is not null && i.Value is not null);
        if (identifier is not null) return $"{identifier.System}|{identifier.Value}";
        if (!string.IsNullOrEmpty(entry.FullUrl)) return entry.FullUrl;
        return $"{entry.Resource!.TypeName}/{entry.Resource.Id}";
    }
}

using Hl7.Fhir.Model;

namespace FmPortal.Modules.Labs.Fhir;

/// <summary>Resolves references inside a bundle by fullUrl ("urn:uuid:…") or by "Type/id".</summary>
internal sealed class ReferenceIndex
{
    private readonly Dictionary<string, Bundle.EntryComponent> _byKey = new(StringComparer.Ordinal);

    public ReferenceIndex(IEnumerable<Bundle.EntryComponent> entries)
    {
        foreach (var entry in entries)
            foreach (var key in KeysOf(entry))
                _byKey.TryAdd(key, entry);
    }

    public IReadOnlyCollection<string> KeysOf(Bundle.EntryComponent entry)
    {
        var keys = new List<string>();
        if (!string.IsNullOrEmpty(entry.FullUrl)) keys.Add(entry.FullUrl);
        if (entry.Resource?.Id is { } id)
        {
            keys.Add($"{entry.Resource.TypeName}/{id}");
            if (entry.FullUrl is { } url && url.EndsWith($"/{entry.Resource.TypeName}/{id}", StringComparison.Ordinal))
                keys.Add(url);
        }
        return keys;
    }

    public Bundle.EntryComponent? Resolve(string? reference) =>
        reference is not null && _byKey.TryGetValue(reference, out var entry) ? entry : null;
}

using System.Collections.Concurrent;

namespace FmPortal.Shared.Pipeline.Auditing;

/// <summary>"Labs.ReleaseLabResult" from FmPortal.Modules.Labs.Contracts…ReleaseLabResultCommand.</summary>
public static class RequestNames
{
    private static readonly ConcurrentDictionary<Type, string> Cache = new();

    public static string Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var ns = t.Namespace ?? "";
        const string prefix = "FmPortal.Modules.";
        var module = ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : ns.Split('.').LastOrDefault() ?? "";
        var name = t.Name;
        foreach (var suffix in new[] { "Command", "Query" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) name = name[..^suffix.Length];
        return module.Length == 0 ? name : module + "." + name;
    });
}

using System.Globalization;
using FmPortal.Modules.Labs.Contracts;

namespace FmPortal.Modules.Labs.Features.Results;

internal static class LabFormat
{
    public static string Value(LabResultDto r) =>
        r.Value is { } v ? $"{Number(v)} {r.Unit}".Trim() : r.ValueText ?? "";

    /// <summary>"3.5–5.1", "&lt; 4.5", "&gt; 1.5", or the lab's own wording when it gave one.</summary>
    public static string? Range(decimal? low, decimal? high, string? text) => (low, high) switch
    {
        _ when !string.IsNullOrWhiteSpace(text) => text,
        ({ } l, { } h) => $"{Number(l)}–{Number(h)}",
        (null, { } h) => $"< {Number(h)}",
        ({ } l, null) => $"> {Number(l)}",
        _ => null,
    };

    /// <summary>Up to three decimals: lab instruments report no more, and long binary tails only confuse.</summary>
    public static string Number(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}

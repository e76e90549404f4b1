using System.Globalization;
using FmPortal.Modules.Labs.Contracts;

namespace FmPortal.Modules.Labs.Features.Results;

internal static class LabFormat
{
    public static string Value(LabResultDto r) =>
        r.Value is { } v ? $"{Number(v)} {r.Unit}".Trim() : r.ValueText ?? "";

    /// <summary>Up to three decimals: lab instruments report no more, and long binary tails only confuse.</summary>
    public static string Number(decimal? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}

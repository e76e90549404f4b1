using System.Globalization;
using FmPortal.Modules.Labs.Contracts;

namespace FmPortal.Modules.Labs.Features.Results;

internal static class LabFormat
{
    public static string Value(LabResultDto r) =>
        r.Value is { } v ? $"{v.ToString("0.###", CultureInfo.InvariantCulture)} {r.Unit}".Trim() : r.ValueText ?? "";
}

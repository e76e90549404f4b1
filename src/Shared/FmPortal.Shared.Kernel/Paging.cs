using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Kernel;

/// <summary>One page of rows; items are walked by the minimum-necessary filter like any response.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, [property: NonPhi] int Total);

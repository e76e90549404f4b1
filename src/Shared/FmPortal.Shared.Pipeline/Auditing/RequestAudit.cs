using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Pipeline.Auditing;

/// <summary>
/// What the inner behaviors learn about one request, collected for its single audit event.
/// Flows with the async call (not a scoped service): one circuit may run several requests at once.
/// </summary>
public sealed class RequestAudit
{
    private static readonly AsyncLocal<RequestAudit?> CurrentSlot = new();

    public static RequestAudit? Current => CurrentSlot.Value;

    public Guid? PatientId { get; set; }
    public DataDomain? Domain { get; set; }
    public DataAction? Action { get; set; }
    public HashSet<string> RecordIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Disclosed { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Withheld { get; } = new(StringComparer.Ordinal);

    internal static RequestAudit Begin()
    {
        var audit = new RequestAudit();
        CurrentSlot.Value = audit;
        return audit;
    }

    internal static void End() => CurrentSlot.Value = null;
}

using System.Collections;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Auditing;

namespace FmPortal.Shared.Pipeline.MinimumNecessary;

/// <summary>
/// Walks a response (nested objects and collections included) and nulls every classified field the
/// caller may not read. Works in place: handlers build a fresh response per request, never share one.
/// </summary>
public static class FieldFilter
{
    private const int MaxDepth = 16;

    public static void Apply(object? response, Func<FieldDomainAttribute, bool> canRead, RequestAudit? audit) =>
        Walk(response, canRead, audit, 0);

    /// <summary>Records the ids a request names (e.g. the result being released) without filtering.</summary>
    public static void CollectRecordIds(object? request, RequestAudit? audit)
    {
        if (request is null || audit is null) return;
        foreach (var field in TypePlan.For(request.GetType()).Fields)
        {
            if (field.Kind == FieldKind.RecordId && field.Get(request) is { } id)
                audit.RecordIds.Add(id.ToString()!);
            else if (field.Kind == FieldKind.PatientId && field.Get(request) is Guid patientId)
                audit.PatientId ??= patientId;
        }
    }

    private static void Walk(object? node, Func<FieldDomainAttribute, bool> canRead, RequestAudit? audit, int depth)
    {
        if (node is null || depth > MaxDepth || TypePlan.IsLeaf(node.GetType())) return;
        if (node is IEnumerable items)
        {
            foreach (var item in items) Walk(item, canRead, audit, depth + 1);
            return;
        }
        foreach (var field in TypePlan.For(node.GetType()).Fields)
        {
            switch (field.Kind)
            {
                case FieldKind.Domain:
                    if (field.Get(node) is null) break;
                    if (canRead(field.Domain!))
                    {
                        audit?.Disclosed.Add(field.Name);
                    }
                    else
                    {
                        field.Set(node, null);
                        audit?.Withheld.Add(field.Name);
                    }
                    break;
                case FieldKind.RecordId:
                    if (audit is not null && field.Get(node) is { } id) audit.RecordIds.Add(id.ToString()!);
                    break;
                case FieldKind.PatientId:
                    if (audit is not null && field.Get(node) is Guid patientId) audit.PatientId ??= patientId;
                    break;
                case FieldKind.Nested:
                    Walk(field.Get(node), canRead, audit, depth + 1);
                    break;
                case FieldKind.Unclassified:
                    // Fail closed: an unclassified value could be anything, so the response is refused.
                    throw new UnclassifiedFieldException(field.Name);
            }
        }
    }
}

/// <summary>A response property nobody classified. Caught by an architecture test long before run time.</summary>
public sealed class UnclassifiedFieldException(string field)
    : InvalidOperationException($"{field} is not classified: mark it [FieldDomain], [NonPhi], [AuditRecordId] or [AuditPatientId].");

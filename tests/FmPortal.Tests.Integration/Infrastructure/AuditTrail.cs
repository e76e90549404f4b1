using FmPortal.Modules.Audit.Contracts;
using FmPortal.Shared.Kernel.Audit;

namespace FmPortal.Tests.Integration.Infrastructure;

/// <summary>Reads the audit trail the way the compliance officer does: through the pipeline.</summary>
public static class AuditTrail
{
    public static async Task<IReadOnlyList<AuditEventDto>> EventsFor(PortalApp app, string requestType, Guid? patientId = null, AuditOutcome? outcome = null)
    {
        var page = await app.As("compliance.haddad", m => m.Send(new SearchAuditEventsQuery
        {
            RequestType = requestType, PatientId = patientId, Outcome = outcome, Take = 500,
        }));
        return page.Items;
    }
}

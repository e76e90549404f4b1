using FmPortal.Shared.Kernel.Errors;

namespace FmPortal.Shared.Ui;

/// <summary>Turns a pipeline failure into a message a person can act on, without internals or PHI.</summary>
public static class RequestError
{
    public static string Describe(Exception error) => error switch
    {
        AccessDeniedException denied => denied.Message,
        PortalException portal => portal.Message,
        OperationCanceledException => "The request was cancelled.",
        _ when error.GetType().Name == "AuditUnavailableException" => error.Message,
        _ => "Something went wrong on our side. The problem has been recorded; please try again.",
    };
}

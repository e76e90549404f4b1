using Mediator;
using Microsoft.AspNetCore.Components;

namespace FmPortal.Shared.Ui;

/// <summary>
/// Base for pages and panels that read or change patient data. They talk to the mediator only, so every
/// value they can show has already passed authorization, minimum necessary and audit.
/// </summary>
public abstract class PortalComponentBase : ComponentBase
{
    [Inject] protected IMediator Mediator { get; set; } = default!;

    /// <summary>
    /// Patient data is loaded only over the live, authenticated circuit — never while prerendering — so the
    /// prerendered HTML holds layout only and each page view is one read (and one audit event).
    /// </summary>
    protected bool IsLive => RendererInfo.IsInteractive;

    /// <summary>The last failure, as a message safe to show (no internals, no PHI).</summary>
    protected string? Error { get; set; }

    protected async Task<T?> Run<T>(Func<CancellationToken, ValueTask<T>> request)
    {
        Error = null;
        try
        {
            return await request(CancellationToken.None);
        }
        catch (Exception error)
        {
            Error = RequestError.Describe(error);
            return default;
        }
    }
}

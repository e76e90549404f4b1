using FmPortal.Shared.Kernel.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FmPortal.Host.Identity;

/// <summary>HTTP requests (including prerendering): the actor comes from the request's principal.</summary>
internal sealed class ActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IActorContext actors)
    {
        if (PortalClaims.ToActor(context.User, context.Connection.RemoteIpAddress?.ToString()) is { } actor)
            actors.Set(actor);
        return next(context);
    }
}

/// <summary>
/// Blazor circuits: the actor comes from the circuit's authentication state, refreshed on every inbound
/// activity. Never from IHttpContextAccessor, which is stale or absent inside a circuit.
/// </summary>
internal sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, IActorContext actors)
    : CircuitHandler, IDisposable
{
    private string? _address;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        await Refresh(authentication.GetAuthenticationStateAsync());
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) => async context =>
    {
        await Refresh(authentication.GetAuthenticationStateAsync());
        await next(context);
    };

    /// <summary>The address of the connection that opened the circuit, captured once by the host page.</summary>
    public void RememberAddress(string? address)
    {
        _address ??= address;
        // The first page of a circuit loads before any further activity: give its actor the address now.
        if (_address is not null && actors.Current is { ClientAddress: null } current) actors.Set(current with { ClientAddress = _address });
    }

    private void OnChanged(Task<AuthenticationState> state) => _ = Refresh(state);

    private async Task Refresh(Task<AuthenticationState> state)
    {
        var user = (await state).User;
        if (PortalClaims.ToActor(user, _address ?? actors.Current?.ClientAddress) is { } actor) actors.Set(actor);
        else actors.Clear();
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}

using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FmPortal.Tests.Support;

/// <summary>
/// The real portal on a SQLite file, served by Kestrel on a free loopback port so that a real browser
/// (another process) can use it. The in-process helpers of <see cref="PortalApp"/> still work beside it.
/// </summary>
public sealed class ServedPortal : IAsyncLifetime
{
    public PortalApp App { get; private set; } = default!;

    /// <summary>http://localhost:PORT/ — by name, as people browse, not by address.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        App = new PortalApp(TestDatabase.Sqlite());
        // Loopback only: nothing outside this machine can reach the demo practice.
        App.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var bound = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new UriBuilder(bound) { Host = "localhost" }.Uri;
        return ValueTask.CompletedTask;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

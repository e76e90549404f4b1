using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;
using FmPortal.Modules.Audit.Contracts;
using FmPortal.Shared.Kernel.Audit;

namespace FmPortal.Tests.Integration.Http;

/// <summary>The sign-in form as a browser posts it: antiforgery token, cookie, redirect, audit.</summary>
public sealed class SignInTests : IClassFixture<SignInTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalApp App { get; } = new(TestDatabase.Sqlite());

        public ValueTask InitializeAsync()
        {
            App.Settings["Identity:RevalidateSeconds"] = "0";   // a revoked cookie fails on its very next use
            _ = App.Services;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private readonly PortalApp _app;

    public SignInTests(Portal portal) => _app = portal.App;

    // https, as a browser would treat the site: the cookie is Secure and would not travel over plain http.
    private HttpClient Browser() => _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    private static async Task<string> TokenFrom(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string user, string password, string returnUrl = "/")
    {
        var token = await TokenFrom(client, "/account/login");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["username"] = user, ["password"] = password, ["returnUrl"] = returnUrl,
        }), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_passphrase_get_the_same_answer()
    {
        var unknown = await SignIn(Browser(), "no.such.person", "whatever it is, it is wrong");
        var wrong = await SignIn(Browser(), "coach.lind", "whatever it is, it is wrong");

        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Equal(unknown.Headers.Location, wrong.Headers.Location);
        Assert.False(wrong.Headers.Contains("Set-Cookie") && wrong.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("__Host-FmPortal=")));
    }

    [Fact]
    public async Task A_successful_sign_in_is_audited_with_the_account_role_and_session()
    {
        var response = await SignIn(Browser(), "nutrition.sato", PortalApp.Password, "/patients");

        Assert.Equal("/patients", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-FmPortal="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var events = await _app.As("compliance.haddad", m => m.Send(new SearchAuditEventsQuery { Actor = "nutrition.sato", RequestType = "Identity.SignIn" }));
        Assert.Contains(events.Items, e => e.Outcome == AuditOutcome.Allowed && e.ActorRole == "nutritionist" && e.SessionId is { Length: > 0 });
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/%E3%80%80")]
    [InlineData("/\u3000")]
    public async Task Unsafe_return_addresses_send_the_user_home(string returnUrl)
    {
        var response = await SignIn(Browser(), "desk.moreau", PortalApp.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(response.Headers.Location!.OriginalString is "/" or "/%E3%80%80", response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task The_periodic_stamp_check_keeps_the_session_id_of_the_sign_in()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.SecurityStampValidatorOptions>>().Value;
        var signIn = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<FmPortal.Host.Identity.PortalUser>>();
        var user = (await signIn.UserManager.FindByNameAsync("billing.quinn"))!;
        var atSignIn = await signIn.CreateUserPrincipalAsync(user);
        var rebuilt = await signIn.CreateUserPrincipalAsync(user);
        Assert.NotEqual(SessionOf(atSignIn), SessionOf(rebuilt));   // the factory mints a new one each time

        await options.OnRefreshingPrincipal!(new Microsoft.AspNetCore.Identity.SecurityStampRefreshingPrincipalContext
        {
            CurrentPrincipal = atSignIn, NewPrincipal = rebuilt,
        });

        Assert.Equal(SessionOf(atSignIn), SessionOf(rebuilt));
        Assert.Single(rebuilt.FindAll(FmPortal.Host.Identity.PortalClaims.SessionId));
    }

    private static string? SessionOf(System.Security.Claims.ClaimsPrincipal principal) =>
        principal.FindFirst(FmPortal.Host.Identity.PortalClaims.SessionId)?.Value;

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_no_longer_opens_anything()
    {
        var client = Browser();
        var signedIn = await SignIn(client, "billing.quinn", PortalApp.Password, "/patients");
        var stolen = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-FmPortal=")).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/patients", TestContext.Current.CancellationToken)).StatusCode);

        var token = await TokenFrom(client, "/patients");
        var signOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/patients");
        request.Headers.Add("Cookie", stolen);
        var response = await replay.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }
}

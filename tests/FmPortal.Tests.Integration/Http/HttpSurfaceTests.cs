using System.Net;

namespace FmPortal.Tests.Integration.Http;

/// <summary>What any browser (or attacker) sees over HTTP before signing in.</summary>
public sealed class HttpSurfaceTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client() => portal.App.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_no_framing()
    {
        var response = await Client().GetAsync("/account/login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/patients")]
    [InlineData("/me")]
    [InlineData("/compliance/audit")]
    [InlineData("/admin/labs/import")]
    public async Task Signed_out_visitors_are_sent_to_sign_in(string path)
    {
        var response = await Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused()
    {
        var response = await Client().PostAsync("/account/logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

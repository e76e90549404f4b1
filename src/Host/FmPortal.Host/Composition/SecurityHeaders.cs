namespace FmPortal.Host.Composition;

/// <summary>
/// Response headers for every page: a strict content security policy (scripts only from this origin,
/// no framing, no plugins), no referrer, no sniffing. MudBlazor sets inline styles, hence 'unsafe-inline'
/// for styles only.
/// </summary>
internal static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddDefaultSecurityHeaders()
        .AddReferrerPolicyNoReferrer()
        .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .RemoveServerHeader();
}

using FmPortal.Host.Identity;
using FmPortal.Host.Seeding;
using FmPortal.Modules.Audit;
using FmPortal.Modules.CarePlans;
using FmPortal.Modules.Intake;
using FmPortal.Modules.Labs;
using FmPortal.Modules.Messaging;
using FmPortal.Modules.Practice;
using FmPortal.Shared.Persistence;
using FmPortal.Shared.Pipeline;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace FmPortal.Host.Composition;

/// <summary>Everything the portal registers, shared by the web host, the command line and the tests.</summary>
public static class PortalServices
{
    public static DatabaseOptions AddPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseConfiguration.Read(configuration, environment);

        services.AddSingleton(new DatabaseOptionsHolder(database));
        services.AddPortalPipeline();
        services.AddPortalMediator();
        services.AddAuditModule(database);
        services.AddPracticeModule(database);
        services.AddLabsModule(database);
        services.AddIntakeModule(database);
        services.AddMessagingModule(database);
        services.AddCarePlansModule(database);

        services.AddPortalIdentity(database, TimeSpan.FromSeconds(configuration.GetValue("Identity:RevalidateSeconds", 60)));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoPracticeSeeder>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<DatabaseInitializer>();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<ActorCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<ActorCircuitHandler>());
        services.AddMudServices();
        return database;
    }

    private static void AddPortalIdentity(this IServiceCollection services, DatabaseOptions database, TimeSpan revalidate)
    {
        services.AddModuleDatabase<PortalIdentityDbContext, IdentitySqliteDbContext, IdentityPostgresDbContext, IdentitySqlServerDbContext>(
            database, PortalIdentityDbContext.SchemaName);
        // Identity's stores want a scoped context; it comes from the same provider-specific factory.
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalIdentityDbContext>>().CreateDbContext());

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<PortalRole>()
            .AddEntityFrameworkStores<PortalIdentityDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();
        // Cookies carrying a renewed security stamp elsewhere (sign-out, later: password or role change) stop working within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = revalidate;
            o.OnRefreshingPrincipal = PortalClaims.KeepSession;
        });
        services.ConfigureApplicationCookie(o =>
        {
            // __Host-: Secure, whole site, no Domain. Browsers treat http://localhost as secure, so development works.
            o.Cookie.Name = "__Host-FmPortal";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = false;
        });
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Msp.Application.Auth.Reset;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// The console's pages in a service provider and a pipeline of their own (ADR 32), built once, on the first request to
/// <c>/console</c>: Razor Pages, antiforgery, the cookie authentication and Data Protection cost the API's process some
/// 16 MiB when it starts, and most processes never serve a page. The provider holds the MVC services and, forwarded
/// from the API's, the singletons the pages and the framework take (logging, configuration, the environment, the clock,
/// the diagnostics, the <see cref="ConsoleOperations"/> and the options the pages read). The API's own scoped services
/// stay in the API's scopes, which <see cref="ConsoleOperations"/> opens for every operation.
/// </summary>
internal sealed class ConsolePipeline(IServiceProvider api) : IAsyncDisposable
{
    private const string AntiforgeryCookie = "msp_console_form";

    private readonly Lazy<Pipeline> _pipeline = new(() => Build(api), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Runs a request the API routed to a console path through the console's pipeline, with a scope of the console's
    /// provider as its services (disposed with the response, as the API's own scope is) and the API's given back after.
    /// </summary>
    public async Task InvokeAsync(HttpContext http)
    {
        var pipeline = _pipeline.Value;
        var apiServices = http.RequestServices;
        var scope = pipeline.Services.CreateAsyncScope();
        http.Response.RegisterForDisposeAsync(scope);

        // The API's routing matched the console's catch-all route; the console's own routing is to match the page.
        http.SetEndpoint(null);
        http.Request.RouteValues.Clear();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await pipeline.Run(http);
        }
        finally
        {
            http.RequestServices = apiServices;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pipeline.IsValueCreated)
        {
            await _pipeline.Value.Services.DisposeAsync();
        }
    }

    private static Pipeline Build(IServiceProvider api)
    {
        var services = new ServiceCollection();
        Forward(services, api);
        AddPages(services, api.GetRequiredService<IHostEnvironment>(), api.GetRequiredService<IOptions<ConsoleOptions>>().Value);
        var provider = services.BuildServiceProvider();
        var app = new ApplicationBuilder(provider);
        app.UseRouting();

        // Sets the request's user from the console's cookie (the one scheme is the default): the antiforgery tokens are
        // bound to it, so a form is refused with another session's token.
        app.UseAuthentication();
        app.UseEndpoints(endpoints => endpoints.MapRazorPages());
        return new Pipeline(provider, app.Build());
    }

    /// <summary>
    /// The API's instances, registered before the MVC services so that theirs (added only if none is) do not replace
    /// them: Razor finds the compiled pages by the environment's application name, the cookie's clock is the API's
    /// (the tests' fake), and the diagnostics and meters are the host's, not a second set of the same names.
    /// </summary>
    private static void Forward(ServiceCollection services, IServiceProvider api)
    {
        services.AddSingleton(api.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(api.GetRequiredService<IConfiguration>());
        services.AddSingleton(api.GetRequiredService<IWebHostEnvironment>());
        services.AddSingleton(api.GetRequiredService<IHostEnvironment>());
        services.AddSingleton(api.GetRequiredService<TimeProvider>());
        var diagnostics = api.GetRequiredService<DiagnosticListener>();
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddSingleton(api.GetRequiredService<IMeterFactory>());
        services.AddSingleton(api.GetRequiredService<ConsoleOperations>());
        services.AddSingleton(api.GetRequiredService<IOptions<ConsoleOptions>>());
        services.AddSingleton(api.GetRequiredService<IOptions<PasswordResetOptions>>());
    }

    private static void AddPages(ServiceCollection services, IHostEnvironment environment, ConsoleOptions options)
    {
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/PartnerConsole/Pages";
            pages.Conventions.ConfigureFilter(new ConsoleFormRefusal());
        });
        // Pages in German, French and Italian: their letters as they are, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(encoder =>
            encoder.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookie;
            antiforgery.Cookie.Path = "/console";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // As the request came: the framework refuses to issue an Always-secure antiforgery cookie on a plain http request,
            // which is what a TLS-terminating proxy hands on. The cookie is half of a pair (the other half is in the page),
            // worth nothing alone; the session cookie is the one that is always Secure outside Development.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // The console's own headers forbid framing altogether (X-Frame-Options DENY, frame-ancestors 'none').
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthentication().AddCookie(ConsoleSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = ConsoleSession.CookieName;
            cookie.Cookie.Path = "/console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = options.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/console";
            cookie.LogoutPath = "/console/session";
        });
        services.AddOptions<CookieAuthenticationOptions>(ConsoleSession.Scheme).Configure<TimeProvider>((cookie, clock) => cookie.TimeProvider = clock);
    }

    private sealed record Pipeline(ServiceProvider Services, RequestDelegate Run);
}

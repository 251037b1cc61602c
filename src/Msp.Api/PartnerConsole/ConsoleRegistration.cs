using MediatR;
using Microsoft.Extensions.Options;
using Msp.Api.PartnerConsole.Reads;
using Msp.Api.Http;
using Msp.Application.Auth;
using Msp.Application.Common.Results;

namespace Msp.Api.PartnerConsole;

/// <summary>
/// The partner console (issue 28, ADR 32): Razor Pages under <c>/console</c> in the API's process, on the API's
/// operations. <c>Console:Enabled</c> (on by default) switches it; off, none of it is registered or mapped.
/// The API's container holds only what the console's operations need in the API's own scopes (its options, the
/// <see cref="ConsoleOperations"/>, the login cookie port that hands the session secret to the console, the console's
/// reads) and the <see cref="ConsolePipeline"/>: Razor Pages, antiforgery, the cookie authentication and Data
/// Protection are built there on the first request to <c>/console</c>, so an API whose console nobody opens never loads
/// them, and its own requests pass no authentication or antiforgery middleware.
/// </summary>
internal static class ConsoleRegistration
{
    public static WebApplicationBuilder AddMspConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ConsoleOptions.Section);
        services.Configure<ConsoleOptions>(section);
        var options = section.Get<ConsoleOptions>() ?? new ConsoleOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        // The login's session secret goes into the console's cookie, not into an msp_session cookie of its own.
        services.AddScoped<HttpSessionCookie>();
        services.AddScoped<ISessionCookie, ConsoleSessionCookie>();
        services.AddSingleton<ConsoleOperations>();
        services.AddSingleton<ConsolePipeline>();
        services.AddTransient<IRequestHandler<ConsoleContextQuery, Result<ConsoleContext>>, ConsoleContextQueryHandler>();
        services.AddTransient<IRequestHandler<ConsoleUsersQuery, Result<ConsoleUsersPage>>, ConsoleUsersQueryHandler>();
        services.AddTransient<IRequestHandler<ConsoleUserServicesQuery, Result<IReadOnlyList<ConsoleService>>>, ConsoleServicesQueryHandler>();
        services.AddTransient<IRequestHandler<ConsolePartnerServicesQuery, Result<IReadOnlyList<ConsoleService>>>, ConsoleServicesQueryHandler>();
        return builder;
    }

    /// <summary>
    /// Every path under <c>/console</c> (any method) goes to the <see cref="ConsolePipeline"/>, whose own routing finds
    /// the page; none of them is in the OpenAPI document: they are pages for people, not operations. Mapped as routes,
    /// not as a branch of the pipeline, so the path base stays as it came (the pages' routes start with
    /// <c>/console</c>) and the API's exception handler, status code pages, trusted proxies and login limit apply.
    /// </summary>
    public static WebApplication MapMspConsole(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ConsoleOptions>>().Value.Enabled)
        {
            var console = app.Services.GetRequiredService<ConsolePipeline>();
            app.Map("/console", console.InvokeAsync).ExcludeFromDescription();
            app.Map("/console/{**page}", console.InvokeAsync).ExcludeFromDescription();
        }

        return app;
    }
}

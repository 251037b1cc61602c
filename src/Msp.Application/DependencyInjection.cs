using Microsoft.Extensions.DependencyInjection;
using Msp.Application.Auth;
using Msp.Application.Auth.Login;
using Msp.Application.Audit;
using Msp.Application.Common.Behaviors;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using Msp.Application.Messaging;
using Msp.Application.Upstreams;
using Msp.Application.Users.UserFields;

namespace Msp.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the mediator, every handler and validator of this assembly (found by Scrutor's scan, so a new
    /// operation registers nothing), and the pipeline in its order: logging, authentication, the upstream rate limit (upstream
    /// requests only), validation, target user, audit (commands only), transaction, the message quota (commands only). A behavior's generic
    /// constraint keeps the container from composing it where it does not apply.
    /// The mediator, the behaviors and the handlers are stateless and resolved once per request, so they are transient:
    /// a scoped service is also remembered in the request scope's table, which grew three times per request to hold
    /// them all. What a request shares (its caller, its database session) stays scoped.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddTransient<ServiceFactory>(provider => provider.GetService!);
        services.AddTransient<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthenticationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UpstreamRateLimitBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TargetUserBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(MessageQuotaBehavior<,>));

        services.AddScoped<CallerContext>();
        services.AddScoped<QueuedMessages>();
        services.AddScoped<AuditEntry>();
        services.AddScoped<TenantScope>();
        services.AddScoped<TargetUser>();
        services.AddSingleton<WireTimeFormatter>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<DeviceUidGuesses>();
        services.AddTransient<TakenAnswers>();
        services.AddSingleton<UpstreamRateLimiter>();

        // Handlers and validators are found, not listed, by the scan that finds Infrastructure's readers and
        // repositories (ADR 1, 12); a shared generic one serves each request its constraint admits (OperationTypes).
        var assembly = typeof(DependencyInjection).Assembly;
        services.Scan(scan => scan
            .FromTypes(OperationTypes.Implementing(assembly, typeof(IRequestHandler<,>)))
            .AddClasses(publicOnly: false)
            .AsImplementedInterfaces(contract => OperationTypes.IsService(contract, typeof(IRequestHandler<,>)))
            .WithTransientLifetime());
        services.Scan(scan => scan
            .FromTypes(OperationTypes.Implementing(assembly, typeof(IValidator<>)))
            .AddClasses(publicOnly: false)
            .AsImplementedInterfaces(contract => OperationTypes.IsService(contract, typeof(IValidator<>)))
            .WithSingletonLifetime());

        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Msp.Application.Auth.Reset;
using Msp.Application.Messaging;
using Msp.Infrastructure.Messaging.Push;

namespace Msp.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>The outbox, its dispatcher (a hosted service; <c>Outbox:Enabled</c> turns it off) and the senders <c>Messaging:Mode</c> picks.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddOptions<MessagingOptions>()
            .Bind(configuration.GetSection(MessagingOptions.Section))
            .PostConfigure(options => options.Folder = Path.GetFullPath(Path.Combine(contentRoot, options.Folder)));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.Section));

        services.AddScoped<OutboxClaims>();

        // The reset email is composed where it is sent: whatever process dispatches needs the link's settings.
        services.AddOptions<PasswordResetOptions>().Bind(configuration.GetSection(PasswordResetOptions.Section));
        services.AddScoped<PasswordResetEmail>();

        services.AddScoped<SmtpEmailSender>();
        services.AddHttpClient<HttpSmsSender>()
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<SmsOptions>>().Value.Timeout);
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section));
        services.AddSingleton<FcmAccessTokens>();
        services.AddSingleton<ApnsProviderToken>();
        services.AddScoped<UnregisteredDevices>();
        services.AddHttpClient<FcmPushSender>()
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<PushOptions>>().Value.Fcm.Timeout);
        services.AddHttpClient<ApnsPushSender>()
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<PushOptions>>().Value.Apns.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { EnableMultipleHttp2Connections = true });
        services.AddScoped<PushSender>();
        services.AddScoped<FolderMessageSender>();
        services.AddScoped<ChannelSender>();
        services.AddScoped<IMessageSender>(provider =>
            provider.GetRequiredService<IOptions<MessagingOptions>>().Value.Mode == MessagingMode.Folder
                ? provider.GetRequiredService<FolderMessageSender>()
                : provider.GetRequiredService<ChannelSender>());

        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}

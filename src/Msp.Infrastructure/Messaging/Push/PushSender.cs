using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>A push goes through APNs when its device is an iOS app configured for it (<c>Push:Apns:BundleIds</c>), else through FCM.</summary>
public sealed class PushSender(FcmPushSender fcm, ApnsPushSender apns, IOptions<PushOptions> options)
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        options.Value.Apns.Serves(message.Platform, message.AppId) ? apns.SendAsync(message, cancellationToken) : fcm.SendAsync(message, cancellationToken);
}

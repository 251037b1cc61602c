using Msp.Api.Http;
using Msp.Application.Messaging.EmailSend;
using Msp.Application.Messaging.SendPushGroup;
using Msp.Application.Messaging.SendPushNotification;
using Msp.Application.Messaging.SendSms;

namespace Msp.Api.Endpoints;

internal static class MessagingEndpoints
{
    public static void MapMessagingEndpoints(this IEndpointRouteBuilder app)
    {
        var messaging = app.MapModule("Messaging", "Email, SMS and push notifications (to a user's devices or a group's), all sent through the outbox.");
        messaging.MapOperation<EmailSendCommand>("POST", "/email/send");
        messaging.MapOperation<SendSmsCommand>("GET", "/sendSMS");
        messaging.MapOperation<SendPushGroupCommand>("GET", "/sendPushGroup");
        messaging.MapOperation<SendPushNotificationCommand>("GET", "/sendPushNotification");
    }
}

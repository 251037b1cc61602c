using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Common.Results;
using Msp.Application.Messaging.EmailSend;
using Msp.Application.Messaging.SendPushGroup;
using Msp.Application.Messaging.SendPushNotification;
using Msp.Application.Messaging.SendSms;
using Msp.Application.Messaging;

namespace Msp.Api.Endpoints;

internal static class MessagingEndpoints
{
    private static readonly ApiError[] PushFailures =
        [MessagingErrors.NoMembers, MessagingErrors.ClienteNotAuthorized, ApiError.MissingParameters, ApiError.BadParameters, ApiError.TooManyRequests];

    public static void MapMessagingEndpoints(this IEndpointRouteBuilder app)
    {
        var messaging = app.MapModule("Messaging", "Email, SMS and push notifications (to a user's devices or a group's), all sent through the outbox.");
        messaging.MapOperation<EmailSendCommand>("POST", "/email/send").Answers("""{"status":"ok"}""", MessagingErrors.InvalidEmail, MessagingErrors.Unauthorized);
        messaging.MapOperation<SendSmsCommand>("GET", "/sendSMS")
            .Answers("""{"status":"ok","msg":"1 sms prepared"}""", MessagingErrors.EmptyMobilUser, ApiError.MissingParameters, ApiError.BadParameters, MessagingErrors.Unauthorized, ApiError.TooManyRequests);
        messaging.MapOperation<SendPushGroupCommand>("GET", "/sendPushGroup").Answers("[]", PushFailures);
        messaging.MapOperation<SendPushNotificationCommand>("GET", "/sendPushNotification").Answers("[]", PushFailures);
    }
}

using Msp.Api.Http;
using Msp.Application.Common.Results;
using Msp.Application.Messaging;
using Msp.Application.Messaging.EmailSend;
using Msp.Application.Messaging.SendPushGroup;
using Msp.Application.Messaging.SendPushNotification;
using Msp.Application.Messaging.SendSms;

namespace Msp.Api.Endpoints;

internal static class MessagingEndpoints
{
    public static void MapMessagingEndpoints(this IEndpointRouteBuilder app)
    {
        var messaging = app.MapGroup("").WithTags("Messaging");
        messaging.MapOperation<EmailSendCommand>("POST", "/email/send");
        messaging.MapOperation<SendSmsCommand>("GET", "/sendSMS");
        messaging.MapOperation<SendPushGroupCommand>("GET", "/sendPushGroup")
            .Answers("[]", MessagingErrors.NoMembers, MessagingErrors.ClienteNotAuthorized, ApiError.MissingParameters, ApiError.BadParameters);
        messaging.MapOperation<SendPushNotificationCommand>("GET", "/sendPushNotification")
            .Answers("[]", MessagingErrors.NoMembers, MessagingErrors.ClienteNotAuthorized, ApiError.MissingParameters, ApiError.BadParameters);
    }
}

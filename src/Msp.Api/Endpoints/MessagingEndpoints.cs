using Msp.Api.Http;
using Msp.Application.Messaging.EmailSend;
using Msp.Application.Messaging.SendSms;

namespace Msp.Api.Endpoints;

internal static class MessagingEndpoints
{
    public static void MapMessagingEndpoints(this IEndpointRouteBuilder app)
    {
        var messaging = app.MapGroup("").WithTags("Messaging");
        messaging.MapOperation<EmailSendCommand>("POST", "/email/send");
        messaging.MapOperation<SendSmsCommand>("GET", "/sendSMS");
    }
}

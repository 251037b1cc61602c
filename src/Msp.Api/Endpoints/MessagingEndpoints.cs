using Msp.Api.Http;
using Msp.Application.Messaging.SendEmail;
using Msp.Application.Messaging.SendSms;

namespace Msp.Api.Endpoints;

internal static class MessagingEndpoints
{
    public static void MapMessagingEndpoints(this IEndpointRouteBuilder app)
    {
        var messaging = app.MapGroup("").WithTags("Messaging");
        messaging.MapOperation<SendEmailCommand>("POST", "/email/send");
        messaging.MapOperation<SendSmsCommand>("GET", "/sendSMS");
    }
}

using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyEntertainment.GetContact;

public sealed class GetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyEntertainmentGateway myEntertainment)
    : IRequestHandler<GetContactQuery, Result<ContactResponse>>
{
    public Task<Result<ContactResponse>> Handle(GetContactQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyEntertainment,
            MyEntertainmentErrors.Unauthorized,
            () => myEntertainment.GetContactAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Contact,
            cancellationToken);
}

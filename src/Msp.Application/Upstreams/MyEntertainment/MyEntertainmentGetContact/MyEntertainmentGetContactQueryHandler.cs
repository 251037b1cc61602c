using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyEntertainment.MyEntertainmentGetContact;

public sealed class MyEntertainmentGetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyEntertainmentGateway myEntertainment)
    : IRequestHandler<MyEntertainmentGetContactQuery, Result<ContactResponse>>
{
    public Task<Result<ContactResponse>> Handle(MyEntertainmentGetContactQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyEntertainment,
            MyEntertainmentErrors.Unauthorized,
            () => myEntertainment.GetContactAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Contact,
            cancellationToken);
}

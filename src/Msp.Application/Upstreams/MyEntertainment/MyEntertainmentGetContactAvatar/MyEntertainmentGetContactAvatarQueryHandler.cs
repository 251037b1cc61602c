using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyEntertainment.MyEntertainmentGetContactAvatar;

public sealed class MyEntertainmentGetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyEntertainmentGateway myEntertainment)
    : IRequestHandler<MyEntertainmentGetContactAvatarQuery, Result<BinaryContent>>
{
    public Task<Result<BinaryContent>> Handle(MyEntertainmentGetContactAvatarQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyEntertainment,
            MyEntertainmentErrors.Unauthorized,
            () => myEntertainment.GetContactAvatarAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Avatar,
            cancellationToken);
}

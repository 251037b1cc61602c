using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyEntertainment.GetContactAvatar;

public sealed class GetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyEntertainmentGateway myEntertainment)
    : IRequestHandler<GetContactAvatarQuery, Result<BinaryContent>>
{
    public Task<Result<BinaryContent>> Handle(GetContactAvatarQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyEntertainment,
            MyEntertainmentErrors.Unauthorized,
            () => myEntertainment.GetContactAvatarAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Avatar,
            cancellationToken);
}

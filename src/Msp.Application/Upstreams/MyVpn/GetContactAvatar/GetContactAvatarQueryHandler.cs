using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.GetContactAvatar;

public sealed class GetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<GetContactAvatarQuery, Result<BinaryContent>>
{
    public Task<Result<BinaryContent>> Handle(GetContactAvatarQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyVpn,
            MyVpnErrors.Unauthorized,
            () => myVpn.GetContactAvatarAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Avatar,
            cancellationToken);
}

using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.MyVpnGetContactAvatar;

public sealed class MyVpnGetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<MyVpnGetContactAvatarQuery, Result<BinaryContent>>
{
    public Task<Result<BinaryContent>> Handle(MyVpnGetContactAvatarQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyVpn,
            MyVpnErrors.Unauthorized,
            () => myVpn.GetContactAvatarAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Avatar,
            cancellationToken);
}

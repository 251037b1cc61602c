using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.MyVpnGetContact;

public sealed class MyVpnGetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<MyVpnGetContactQuery, Result<ContactResponse>>
{
    public Task<Result<ContactResponse>> Handle(MyVpnGetContactQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyVpn,
            MyVpnErrors.Unauthorized,
            () => myVpn.GetContactAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Contact,
            cancellationToken);
}

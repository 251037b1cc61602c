using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyVpn.GetContact;

public sealed class GetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyVpnGateway myVpn)
    : IRequestHandler<GetContactQuery, Result<ContactResponse>>
{
    public Task<Result<ContactResponse>> Handle(GetContactQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyVpn,
            MyVpnErrors.Unauthorized,
            () => myVpn.GetContactAsync(context.Caller.UserId, cancellationToken),
            SubscriberRelay.Contact,
            cancellationToken);
}

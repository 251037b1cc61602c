using Msp.Application.Common.Security;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetContact;

public sealed class GetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : GetContactRelay<GetContactQuery>(DocmanService.Docman, context, subscriptions, docman);

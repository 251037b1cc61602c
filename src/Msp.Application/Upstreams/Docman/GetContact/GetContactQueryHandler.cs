using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetContact;

public sealed class GetContactQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetContactQuery, ContactList>(context, subscriptions)
{
    protected override async Task<Result<ContactList>> RelayAsync(GetContactQuery request, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetContactsAsync(request.Service, userId, cancellationToken), ContactList.Ok);
}

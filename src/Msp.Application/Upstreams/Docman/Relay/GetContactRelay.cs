using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>Spec 5.1 / 10.1 getContact: the user's contact persons.</summary>
public abstract class GetContactRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, ContactList>(service, context, subscriptions)
    where TQuery : IQuery<ContactList>
{
    protected override async Task<Result<ContactList>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetContactsAsync(service, userId, cancellationToken), ContactList.Ok);
}

using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>A getContactAvatar request: the contact's <c>ID</c>.</summary>
public interface IContactAvatarQuery : IQuery<BinaryContent>
{
    string? Id { get; }
}

/// <summary>
/// Spec 5.2 / 10.2 getContactAvatar: the contact's JPEG, streamed. No usable <c>ID</c> is "Contact not set"; a contact
/// that is not one of the user's managers is Docman's "not manager id".
/// </summary>
public abstract class GetContactAvatarRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, BinaryContent>(service, context, subscriptions)
    where TQuery : IContactAvatarQuery
{
    protected override async Task<Result<BinaryContent>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.Id) is { } contactId
            ? Answer(await docman.GetContactAvatarAsync(service, userId, contactId, cancellationToken), file => file)
            : DocmanErrors.ContactNotSet;
}

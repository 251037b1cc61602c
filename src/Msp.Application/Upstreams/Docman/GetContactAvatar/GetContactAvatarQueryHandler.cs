using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetContactAvatar;

public sealed class GetContactAvatarQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetContactAvatarQuery, BinaryContent>(context, subscriptions)
{
    protected override async Task<Result<BinaryContent>> RelayAsync(GetContactAvatarQuery request, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.Id) is { } contactId
            ? Answer(await docman.GetContactAvatarAsync(request.Service, userId, contactId, cancellationToken), file => file)
            : DocmanErrors.ContactNotSet;
}

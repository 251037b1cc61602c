using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetImage;

public sealed class GetImageQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetImageQuery, BinaryContent>(context, subscriptions)
{
    protected override async Task<Result<BinaryContent>> RelayAsync(GetImageQuery request, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.ItemId) is { } itemId
            ? Answer(await docman.GetImageAsync(request.Service, userId, itemId, cancellationToken), file => file)
            : DocmanErrors.ItemIdNotCorrect;
}

using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>A getImage request: the document's or category's <c>Item_id</c>.</summary>
public interface IImageQuery : IQuery<BinaryContent>
{
    string? ItemId { get; }
}

/// <summary>Spec 5.6 / 10.6 getImage: the item's JPEG, streamed; an <c>Item_id</c> that is not a positive integer is "item_id not correct".</summary>
public abstract class GetImageRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, BinaryContent>(service, context, subscriptions)
    where TQuery : IImageQuery
{
    protected override async Task<Result<BinaryContent>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.ItemId) is { } itemId
            ? Answer(await docman.GetImageAsync(service, userId, itemId, cancellationToken), file => file)
            : DocmanErrors.ItemIdNotCorrect;
}

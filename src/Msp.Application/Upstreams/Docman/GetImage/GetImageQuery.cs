namespace Msp.Application.Upstreams.Docman.GetImage;

/// <summary>
/// Spec 5.6 and 10.6 getImage: a document's or category's JPEG, streamed; an <c>Item_id</c> that is not a positive
/// integer is "item_id not correct".
/// </summary>
public sealed record GetImageQuery(string? ItemId, DocmanService Service) : IDocmanQuery<BinaryContent>;

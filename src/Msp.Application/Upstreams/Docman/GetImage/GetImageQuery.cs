using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetImage;

/// <summary>Spec 5.6 getImage: a document's or category's JPEG (Docman, <c>/getImage</c>).</summary>
public sealed record GetImageQuery(string? ItemId) : IImageQuery, IUpstreamRequest;

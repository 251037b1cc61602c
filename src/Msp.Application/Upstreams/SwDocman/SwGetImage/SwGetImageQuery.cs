using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetImage;

/// <summary>Spec 10.6 getImage: a document's or category's JPEG (SW Docman, <c>/sw/getImage</c>).</summary>
public sealed record SwGetImageQuery(string? ItemId) : IImageQuery, IUpstreamRequest;

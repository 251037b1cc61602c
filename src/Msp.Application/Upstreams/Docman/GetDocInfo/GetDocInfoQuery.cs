using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetDocInfo;

/// <summary>Spec 5.3/5.4 getDocInfo (POST and GET): one document's PDF (Docman, <c>/getDocInfo</c>).</summary>
public sealed record GetDocInfoQuery(string? DocId) : IDocInfoQuery, IUpstreamRequest;

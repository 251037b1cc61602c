using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetDocInfo;

/// <summary>Spec 10.3/10.4 getDocInfo (POST and GET): one document's PDF (SW Docman, <c>/sw/getDocInfo</c>).</summary>
public sealed record SwGetDocInfoQuery(string? DocId) : IDocInfoQuery, IUpstreamRequest;

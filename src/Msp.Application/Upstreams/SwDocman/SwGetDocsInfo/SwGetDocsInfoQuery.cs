using Msp.Application.Upstreams.Docman;

namespace Msp.Application.Upstreams.SwDocman.SwGetDocsInfo;

/// <summary>Spec 10.5 getDocsInfo: the user's document trees (SW Docman, <c>/sw/getDocsInfo</c>).</summary>
public sealed record SwGetDocsInfoQuery : IQuery<DocumentTrees>, IUpstreamRequest;

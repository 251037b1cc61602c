namespace Msp.Application.Upstreams.Docman.GetDocsInfo;

/// <summary>Spec 5.5 getDocsInfo: the user's document trees (Docman, <c>/getDocsInfo</c>).</summary>
public sealed record GetDocsInfoQuery : IQuery<DocumentTrees>, IUpstreamRequest;

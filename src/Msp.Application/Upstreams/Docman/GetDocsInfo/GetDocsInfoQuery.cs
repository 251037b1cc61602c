namespace Msp.Application.Upstreams.Docman.GetDocsInfo;

/// <summary>
/// Spec 5.5 and 10.5 getDocsInfo: the user's and the repository's document trees.
/// </summary>
public sealed record GetDocsInfoQuery(DocmanService Service) : IDocmanQuery<DocumentTrees>;

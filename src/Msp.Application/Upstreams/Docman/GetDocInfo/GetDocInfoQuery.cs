namespace Msp.Application.Upstreams.Docman.GetDocInfo;

/// <summary>
/// Spec 5.3/5.4 and 10.3/10.4 getDocInfo (POST and GET): one document's PDF, streamed. A <c>Doc_id</c> that is not
/// a positive integer is "doc_id not correct"; a well-formed one Docman has no file for is "file not found" (docs/contract.md §3).
/// </summary>
public sealed record GetDocInfoQuery(string? DocId, DocmanService Service) : IDocmanQuery<BinaryContent>;

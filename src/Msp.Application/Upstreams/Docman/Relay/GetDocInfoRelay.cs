using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>A getDocInfo request: the document's <c>Doc_id</c>.</summary>
public interface IDocInfoQuery : IQuery<BinaryContent>
{
    string? DocId { get; }
}

/// <summary>
/// Spec 5.3/5.4 and 10.3/10.4 getDocInfo: the document's PDF, streamed. A <c>Doc_id</c> that is not a positive integer
/// is "doc_id not correct"; a well-formed one Docman has no file for is "file not found" (CONTRACT.md §3).
/// </summary>
public abstract class GetDocInfoRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, BinaryContent>(service, context, subscriptions)
    where TQuery : IDocInfoQuery
{
    protected override async Task<Result<BinaryContent>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.DocId) is { } docId
            ? Answer(await docman.GetDocumentAsync(service, userId, docId, cancellationToken), file => file)
            : DocmanErrors.DocIdNotCorrect;
}

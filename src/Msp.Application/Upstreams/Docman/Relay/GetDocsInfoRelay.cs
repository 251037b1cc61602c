using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.Relay;

/// <summary>Spec 5.5 / 10.5 getDocsInfo: the user's and the repository's document trees.</summary>
public abstract class GetDocsInfoRelay<TQuery>(DocmanService service, CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<TQuery, DocumentTrees>(service, context, subscriptions)
    where TQuery : IQuery<DocumentTrees>
{
    protected override async Task<Result<DocumentTrees>> RelayAsync(TQuery request, DocmanService service, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetDocumentTreesAsync(service, userId, cancellationToken), DocumentTrees.Ok);
}

using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetDocsInfo;

public sealed class GetDocsInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetDocsInfoQuery, DocumentTrees>(context, subscriptions)
{
    protected override async Task<Result<DocumentTrees>> RelayAsync(GetDocsInfoQuery request, long userId, CancellationToken cancellationToken) =>
        Answer(await docman.GetDocumentTreesAsync(request.Service, userId, cancellationToken), DocumentTrees.Ok);
}

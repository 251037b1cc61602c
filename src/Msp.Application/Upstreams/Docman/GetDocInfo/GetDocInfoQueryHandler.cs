using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Docman.GetDocInfo;

public sealed class GetDocInfoQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IDocmanGateway docman)
    : DocmanRelay<GetDocInfoQuery, BinaryContent>(context, subscriptions)
{
    protected override async Task<Result<BinaryContent>> RelayAsync(GetDocInfoQuery request, long userId, CancellationToken cancellationToken) =>
        PositiveId(request.DocId) is { } docId
            ? Answer(await docman.GetDocumentAsync(request.Service, userId, docId, cancellationToken), file => file)
            : DocmanErrors.DocIdNotCorrect;
}

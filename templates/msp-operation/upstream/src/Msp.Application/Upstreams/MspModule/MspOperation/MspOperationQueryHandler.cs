using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MspModule.MspOperation;

/// <summary>Only a subscriber of the active MspModule service may ask (docs/contract.md §4); an unavailable upstream is the documented 500.</summary>
public sealed class MspOperationQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMspOperationGateway gateway)
    : IRequestHandler<MspOperationQuery, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(MspOperationQuery request, CancellationToken cancellationToken)
    {
        var userId = context.Caller.UserId;
        if (!await subscriptions.IsSubscribedAsync(userId, UpstreamNames.MspModule, cancellationToken))
        {
            return MspModuleErrors.Unauthorized;
        }

        return await gateway.MspOperationAsync(userId, cancellationToken) switch
        {
            MspOperationOutcome.Answered answered => new MessageResponse(answered.Msg),
            _ => ApiError.Unexpected,
        };
    }
}

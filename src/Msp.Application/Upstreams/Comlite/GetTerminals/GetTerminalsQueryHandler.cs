using MediatR;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.Comlite.GetTerminals;

/// <summary>
/// Only a subscriber of the active Comlite service may ask; anyone else (another end user, a partner admin, a service
/// account, the platform admin, none of whom is subscribed) gets the operation's unauthorized body.
/// </summary>
public sealed class GetTerminalsQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IComliteGateway comlite)
    : IRequestHandler<GetTerminalsQuery, Result<GetTerminalsResponse>>
{
    public async Task<Result<GetTerminalsResponse>> Handle(GetTerminalsQuery request, CancellationToken cancellationToken)
    {
        var userId = context.Caller.UserId;
        if (!await subscriptions.IsSubscribedAsync(userId, UpstreamNames.Comlite, cancellationToken))
        {
            return ComliteErrors.Unauthorized;
        }

        return await comlite.GetTerminalsAsync(userId, cancellationToken) switch
        {
            TerminalsOutcome.Found found => new GetTerminalsResponse(TerminalList.Ok(found.Terminals)),
            TerminalsOutcome.UserNotFound => ComliteErrors.UserNotFound,
            _ => ApiError.Unexpected,
        };
    }
}

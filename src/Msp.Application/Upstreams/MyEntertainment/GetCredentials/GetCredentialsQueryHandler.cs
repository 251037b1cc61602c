using Msp.Application.Common.Security;

namespace Msp.Application.Upstreams.MyEntertainment.GetCredentials;

/// <summary>The caller's own credentials only: the upstream is asked for the calling user's id, nobody else's.</summary>
public sealed class GetCredentialsQueryHandler(CallerContext context, IUpstreamSubscriptionReader subscriptions, IMyEntertainmentGateway myEntertainment)
    : IRequestHandler<GetCredentialsQuery, Result<GetCredentialsResponse>>
{
    public Task<Result<GetCredentialsResponse>> Handle(GetCredentialsQuery request, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(
            subscriptions,
            context.Caller.UserId,
            UpstreamNames.MyEntertainment,
            MyEntertainmentErrors.Unauthorized,
            () => myEntertainment.GetCredentialsAsync(context.Caller.UserId, cancellationToken),
            Map,
            cancellationToken);

    private static Result<GetCredentialsResponse> Map(CredentialsOutcome outcome) => outcome switch
    {
        CredentialsOutcome.Found found => new GetCredentialsResponse(CredentialsStatus.Ok(found.Credentials)),
        _ => ApiError.Unexpected,
    };
}

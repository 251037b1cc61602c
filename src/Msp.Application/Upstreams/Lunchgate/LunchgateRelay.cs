using System.Text.Json;

namespace Msp.Application.Upstreams.Lunchgate;

/// <summary>
/// What the three My Restaurant operations share: only a subscriber of the active Lunchgate service may ask
/// (docs/contract.md §4), and Lunchgate's object is relayed as is; an unavailable Lunchgate is the documented 500.
/// </summary>
internal static class LunchgateRelay
{
    public static async Task<Result<JsonElement>> RelayAsync(
        IUpstreamSubscriptionReader subscriptions, long userId, Func<Task<LunchgateOutcome>> ask, CancellationToken cancellationToken)
    {
        if (!await subscriptions.IsSubscribedAsync(userId, UpstreamNames.Lunchgate, cancellationToken))
        {
            return LunchgateErrors.Unauthorized;
        }

        return await ask() switch
        {
            LunchgateOutcome.Found found => found.Body,
            _ => ApiError.Unexpected,
        };
    }
}

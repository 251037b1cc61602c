using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;

namespace Msp.Application.Messaging;

/// <summary>
/// Holds every command to the quotas of the messages it queued (<see cref="QueuedMessages"/>, ADR 15): per sending
/// account and channel, and per email address or mobile number. It runs inside the command's transaction, after the
/// handler, so the counts include this request's own rows and concurrent requests cannot all pass one count (writers
/// take turns, ADR 14); past a quota the request fails and its messages, with everything else it wrote, roll back.
/// Only commands get it: queries cannot queue, and pay nothing.
/// </summary>
public sealed class MessageQuotaBehavior<TRequest, TResponse>(
    QueuedMessages queued,
    CallerContext context,
    IOutboxRepository outbox,
    TimeProvider clock,
    IOptions<MessageLimitsOptions> options) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommandMarker
    where TResponse : IOperationResult, IFailable<TResponse>
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (!response.IsSuccess || queued.IsEmpty)
        {
            return response;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var wait = await SenderWaitAsync(now, cancellationToken) ?? await RecipientWaitAsync(now, cancellationToken);
        return wait is null
            ? response
            : TResponse.Failure(RequestTraits<TRequest>.QuotaExceeded ?? ApiError.TooManyRequests.WithRetryAfter(wait.Value));
    }

    /// <summary>How long until the sending account is within its quota again, for the first channel it is over; null when within all.</summary>
    private async Task<TimeSpan?> SenderWaitAsync(DateTime now, CancellationToken cancellationToken)
    {
        if (!context.IsResolved)
        {
            return null;
        }

        foreach (var channel in queued.Channels)
        {
            var limit = options.Value.QuotaOf(channel).PerAccountPerHour;
            if (limit > 0 && await outbox.SenderOverLimitSinceAsync(context.Caller.UserId, channel, now - Window, limit, cancellationToken) is { } oldest)
            {
                return WaitUntilLeaves(oldest, now);
            }
        }

        return null;
    }

    private async Task<TimeSpan?> RecipientWaitAsync(DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (channel, recipient) in queued.Recipients)
        {
            var limit = options.Value.QuotaOf(channel).PerRecipientPerHour;
            if (limit > 0 && await outbox.RecipientOverLimitSinceAsync(channel, recipient, now - Window, limit, cancellationToken) is { } oldest)
            {
                return WaitUntilLeaves(oldest, now);
            }
        }

        return null;
    }

    /// <summary>Past the limit, the wait until the window's oldest message leaves it: the earliest a retry can pass.</summary>
    private static TimeSpan WaitUntilLeaves(DateTime oldestUtc, DateTime now) => oldestUtc + Window - now;
}

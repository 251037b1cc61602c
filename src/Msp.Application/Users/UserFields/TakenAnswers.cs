using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;

namespace Msp.Application.Users.UserFields;

/// <summary>
/// Keeps a caller from probing which usernames and emails exist through the "taken" answer of users/register and
/// users/update (ADR 15): each such answer counts, and a caller past <see cref="UsersOptions.TakenAnswersPerHour"/> gets
/// the 429 for every register or update until its hour is over, so that a further answer tells nothing.
/// </summary>
public sealed class TakenAnswers(CallerContext context, ITakenAnswerWindowRepository windows, TimeProvider clock, IOptions<UsersOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private int Limit => options.Value.TakenAnswersPerHour;

    /// <summary>The 429 while the caller's window is full; null otherwise.</summary>
    public async Task<ApiError?> RefusalAsync(CancellationToken cancellationToken)
    {
        if (Limit <= 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await windows.FullUntilAsync(context.Caller.UserId, Limit, Window, now, cancellationToken) is { } endsUtc
            ? ApiError.TooManyRequests.WithRetryAfter(endsUtc - now)
            : null;
    }

    /// <summary>Counts a taken answer the caller is about to get.</summary>
    public Task CountAsync(CancellationToken cancellationToken) =>
        Limit <= 0 ? Task.CompletedTask : windows.CountAsync(context.Caller.UserId, Window, clock.GetUtcNow().UtcDateTime, cancellationToken);
}

using Msp.Application.Common.Persistence;
using Microsoft.Extensions.Options;
using Msp.Domain.Billing;

namespace Msp.Application.Billing.MonthlyRun;

/// <summary>
/// One step of the monthly billing run (ADR 19): the next users with pending lines of the period get one invoice each,
/// all in one transaction, so a run stopped at any point leaves whole invoices or none. An invoice already issued for
/// (user, period), by an earlier or a concurrent run, is never issued again: such users are not picked, and the unique
/// key stops a concurrent run that picked them at the same time (its step rolls back and is tried again).
/// </summary>
public sealed class BillingRunBatch(IBillingRunRepository runs, IUnitOfWork unitOfWork, IOptions<BillingOptions> options, TimeProvider clock)
{
    /// <summary>Issues the next step's invoices; null when no user after <paramref name="afterUserId"/> is left to bill.</summary>
    public async Task<BatchOutcome?> IssueNextAsync(BillingPeriod period, DateTime cutUtc, long afterUserId, CancellationToken cancellationToken)
    {
        var users = await runs.UsersToBillAsync(period, cutUtc, afterUserId, options.Value.RunBatchSize, cancellationToken);
        if (users.Count == 0)
        {
            return null;
        }

        var lines = await runs.PendingLinesAsync(users, cutUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = 0;
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            foreach (var user in lines.GroupBy(l => l.AccountId))
            {
                var invoice = Invoice.Issue(user.Key, period, user.First().Currency, user.Select(l => new BillableLine(l.Quantity, l.Price, l.Discount, l.VatRate)));
                if (!await runs.IssueAsync(invoice, cutUtc, now, user.Select(l => l.Id).ToList(), cancellationToken))
                {
                    await unitOfWork.RollbackAsync(CancellationToken.None);
                    return BatchOutcome.Conflict;
                }

                issued++;
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }

        return new BatchOutcome(users[^1], issued);
    }
}

/// <summary>The last user a step looked at and how many invoices it issued; <see cref="Conflict"/>: nothing, try again.</summary>
public sealed record BatchOutcome(long LastUserId, int Issued)
{
    public static BatchOutcome Conflict { get; } = new(-1, 0);

    public bool IsConflict => LastUserId < 0;
}

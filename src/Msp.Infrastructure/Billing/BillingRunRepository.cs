using System.Data.Common;
using Msp.Application.Billing;
using Msp.Domain.Accounts;
using Msp.Domain.Billing;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Billing;

/// <summary>The billing run's statements (ADR 19). Amounts are bound as decimals: SQLite keeps them as exact text.</summary>
public sealed class BillingRunRepository(DbSession db) : IBillingRunRepository
{
    private const string StartSql = """
        INSERT INTO billing_runs (period, started_at, finished_at, invoices_issued)
        SELECT @Period, @Now, NULL, 0 WHERE NOT EXISTS (SELECT 1 FROM billing_runs WHERE period = @Period)
        """;

    private const string PricesSql = """
        SELECT p.service_id AS ServiceId, s.name AS Name, p.monthly_price AS MonthlyPrice, p.currency AS Currency
        FROM service_prices p JOIN services s ON s.id = p.service_id
        WHERE {{enabled(s)}}
        ORDER BY p.service_id
        """;

    /// <summary>Users already invoiced for the period get no new line for it: a resumed run does not grow their bill.</summary>
    private const string AddSubscriptionLinesSql = """
        INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at, subscription_period)
        SELECT s.account_id, s.service_id, @Description, 1, @Price, 0, @VatRate, @Currency, NULL, NULL, @LineAt, @Period
        FROM subscriptions s
        JOIN accounts a ON a.id = s.account_id
        JOIN partner_branding b ON b.partner_id = a.partner_id
        WHERE s.service_id = @ServiceId AND s.created_at < @Cut
          AND {{active(a)}} AND a.role_id = @EndUser AND b.paid_services = 1
          AND NOT EXISTS (SELECT 1 FROM invoice_lines x
                          WHERE x.account_id = s.account_id AND x.service_id = s.service_id AND x.subscription_period = @Period)
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.account_id = s.account_id AND i.period = @Period)
        """;

    private const string UsersToBillSql = """
        SELECT DISTINCT l.account_id FROM invoice_lines l
        WHERE l.invoice_id IS NULL AND l.created_at < @Cut AND l.account_id > @After
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.account_id = l.account_id AND i.period = @Period)
        ORDER BY l.account_id {{page}}
        """;

    private const string PendingLinesSql = """
        SELECT id AS Id, account_id AS AccountId, quantity AS Quantity, price AS Price, discount AS Discount, vat_rate AS VatRate, currency AS Currency
        FROM invoice_lines
        WHERE account_id >= @First AND account_id <= @Last AND invoice_id IS NULL AND created_at < @Cut
        ORDER BY account_id, id
        """;

    private const string InsertInvoiceSql = """
        INSERT INTO invoices (account_id, period, number, period_from, period_to, net, vat, amount, currency, status, created_at, paid_at)
        VALUES (@UserId, @Period, @Number, @PeriodFrom, @PeriodTo, @Net, @Vat, @Amount, @Currency, 'open', @Now, NULL);
        SELECT {{last_id}};
        """;

    private const string AttachLinesSql = """
        UPDATE invoice_lines SET invoice_id = @InvoiceId
        WHERE account_id = @UserId AND invoice_id IS NULL AND created_at < @Cut
        """;

    private const string FinishSql = """
        UPDATE billing_runs SET finished_at = @Now, invoices_issued = (SELECT COUNT(*) FROM invoices WHERE period = @Period)
        WHERE period = @Period
        """;

    private const string UnfinishedSql = "SELECT period FROM billing_runs WHERE finished_at IS NULL ORDER BY period";

    public async Task StartAsync(BillingPeriod period, DateTime nowUtc, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(StartSql, new { Period = period.Key, Now = nowUtc }, cancellationToken);
        }
        catch (DbException)
        {
            // Another instance may have recorded the same run between the check and the insert: one record, as wanted.
            if (!await RunExistsAsync(period, cancellationToken))
            {
                throw;
            }
        }
    }

    public async Task<int> AddSubscriptionLinesAsync(BillingPeriod period, DateTime cutUtc, Func<long, decimal> vatRateOf, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var price in await db.QueryAsync<ServicePrice>(PricesSql, null, cancellationToken))
        {
            var line = new
            {
                price.ServiceId,
                Description = $"{price.Name}, {period.Key}",
                Price = price.MonthlyPrice,
                VatRate = vatRateOf(price.ServiceId),
                price.Currency,
                LineAt = cutUtc.AddSeconds(-1),
                Period = period.Key,
                Cut = cutUtc,
                EndUser = (int)Role.EndUser,
            };
            try
            {
                added += await db.ExecuteAsync(AddSubscriptionLinesSql, line, cancellationToken);
            }
            catch (DbException)
            {
                // A concurrent run added some of the same lines first (the unique index): what is left is added now.
                added += await db.ExecuteAsync(AddSubscriptionLinesSql, line, cancellationToken);
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<long>> UsersToBillAsync(BillingPeriod period, DateTime cutUtc, long afterUserId, int limit, CancellationToken cancellationToken) =>
        (await db.QueryAsync<long>(UsersToBillSql, new { Period = period.Key, Cut = cutUtc, After = afterUserId, Offset = 0, Limit = limit }, cancellationToken)).ToList();

    /// <summary>The lines of the picked users, read as one range of account ids and kept to those users.</summary>
    public async Task<IReadOnlyList<PendingLineRow>> PendingLinesAsync(IReadOnlyList<long> userIds, DateTime cutUtc, CancellationToken cancellationToken)
    {
        var picked = userIds.ToHashSet();
        var rows = await db.QueryAsync<PendingLineRow>(PendingLinesSql, new { First = userIds[0], Last = userIds[^1], Cut = cutUtc }, cancellationToken);
        return rows.Where(r => picked.Contains(r.AccountId)).ToList();
    }

    public async Task<bool> IssueAsync(Invoice invoice, DateTime cutUtc, DateTime nowUtc, IReadOnlyList<long> lineIds, CancellationToken cancellationToken)
    {
        var period = invoice.Period;
        var id = await db.InsertAsync(
            InsertInvoiceSql,
            new
            {
                invoice.UserId,
                Period = period.Key,
                invoice.Number,
                PeriodFrom = period.From.ToDateTime(TimeOnly.MinValue),
                PeriodTo = period.To.ToDateTime(TimeOnly.MinValue),
                invoice.Totals.Net,
                invoice.Totals.Vat,
                invoice.Totals.Amount,
                invoice.Currency,
                Now = nowUtc,
            },
            cancellationToken);

        // The lines read before the transaction must be exactly the ones moved now; otherwise the step starts over.
        var moved = await db.ExecuteAsync(AttachLinesSql, new { InvoiceId = id, invoice.UserId, Cut = cutUtc }, cancellationToken);
        return moved == lineIds.Count;
    }

    public Task FinishAsync(BillingPeriod period, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.ExecuteAsync(FinishSql, new { Period = period.Key, Now = nowUtc }, cancellationToken);

    public async Task<IReadOnlyList<string>> UnfinishedPeriodsAsync(CancellationToken cancellationToken) =>
        (await db.QueryAsync<string>(UnfinishedSql, null, cancellationToken)).ToList();

    private sealed class ServicePrice
    {
        public long ServiceId { get; init; }

        public string Name { get; init; } = "";

        public decimal MonthlyPrice { get; init; }

        public string Currency { get; init; } = "";
    }

    private async Task<bool> RunExistsAsync(BillingPeriod period, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>("SELECT COUNT(*) FROM billing_runs WHERE period = @Period", new { Period = period.Key }, cancellationToken) > 0;
}

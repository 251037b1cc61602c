using Microsoft.Extensions.Options;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Billing;

namespace Msp.Application.Billing.InvoicesGetBillingStatus;

public sealed class InvoicesGetBillingStatusQueryHandler(CallerContext context, ISqlReader database, IOptions<BillingOptions> options)
    : IRequestHandler<InvoicesGetBillingStatusQuery, Result<BillingStatusResponse>>
{
    /// <summary>Summed here, not by SQL: SQLite would add the decimal text as binary floats (ADR 19).</summary>
    private const string OpenAmountsSql = """
        SELECT amount FROM invoices WHERE account_id = @UserId AND status = 'open' AND currency = @Currency
        """;

    public async Task<Result<BillingStatusResponse>> Handle(InvoicesGetBillingStatusQuery request, CancellationToken cancellationToken)
    {
        var currency = options.Value.Currency;
        var amounts = await database.ListAsync<decimal>(OpenAmountsSql, new { context.Caller.UserId, Currency = currency }, cancellationToken);
        return new BillingStatusResponse(Money.Normalized(amounts.Sum()), currency);
    }
}

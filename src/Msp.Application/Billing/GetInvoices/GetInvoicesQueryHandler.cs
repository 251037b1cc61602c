using Microsoft.Extensions.Options;
using Msp.Application.Billing.Invoices;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Application.Common.Time;
using BillingPeriod = Msp.Domain.Billing.BillingPeriod;

namespace Msp.Application.Billing.GetInvoices;

public sealed class GetInvoicesQueryHandler(TenantScope scope, ISqlReader database, TimeProvider clock, IOptions<PlatformOptions> platform)
    : IRequestHandler<GetInvoicesQuery, Result<BareList<Invoice>>>
{
    private const string PageSql = InvoiceColumns.Select + """
         WHERE account_id = @UserId AND period_from >= @Since
        ORDER BY id {{page}};
        SELECT COUNT(*) FROM invoices WHERE account_id = @UserId AND period_from >= @Since;
        """;

    public async Task<Result<BareList<Invoice>>> Handle(GetInvoicesQuery request, CancellationToken cancellationToken)
    {
        var user = await scope.FindUserAsync(request.UserId!.Value, GetInvoicesQuery.Callers, cancellationToken);
        if (user is null)
        {
            return BillingErrors.SiteAccessDenied;
        }

        var months = request.Months?.Value ?? GetInvoicesQuery.DefaultMonths;
        var current = BillingPeriod.Containing(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(platform.Value.TimeZone));
        var since = current.From.AddMonths(-months).ToDateTime(TimeOnly.MinValue);
        var page = PageRequest.From(request.Offset, request.Limit);
        var rows = await database.PageAsync<InvoiceRow>(PageSql, new { UserId = user.Id, Since = since, page.Offset, page.Limit }, cancellationToken);
        return new BareList<Invoice>(rows.Rows.Select(Invoice.From).ToList(), page.Requested ? rows.Total : null);
    }
}

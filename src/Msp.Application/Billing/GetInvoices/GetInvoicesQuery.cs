using Msp.Application.Billing.Invoices;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Security;

namespace Msp.Application.Billing.GetInvoices;

/// <summary>
/// Spec 6.27: a user's invoices of the last <c>Months</c> months (default 12), a bare array in id order; the
/// invoice of last month is in the last 1 month. <c>offset</c>/<c>limit</c> page it, the total in <c>X-Total-Count</c>.
/// </summary>
public sealed record GetInvoicesQuery(WireId? UserId, WireNumber? Months, WireCount? Offset, WireCount? Limit) : IQuery<BareList<Invoice>>, IRestrictedRequest
{
    public const int DefaultMonths = 12;

    public const int MaxMonths = 1200;

    public static AllowedCallers Callers => AllowedCallers.Self | AllowedCallers.Managers;

    public static ApiError Refused => BillingErrors.SiteAccessDenied;
}

using Msp.Application.Common.Security;

namespace Msp.Application.Billing.GetInvoice;

/// <summary>
/// Spec 6.26: one invoice of a user with its lines, as <c>{"data": …}</c> (docs/contract.md §3), or as a PDF when asked for
/// with <c>format=pdf</c> or <c>Accept: application/pdf</c>.
/// </summary>
public sealed record GetInvoiceQuery(WireId? UserId, WireId? InvoiceId, string? Format) : IQuery<object>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Self | AllowedCallers.Managers;

    public static ApiError Refused => BillingErrors.SiteAccessDenied;
}

using Msp.Application.Common.Security;

namespace Msp.Application.Billing.InvoicesGetBillingStatus;

/// <summary>Spec 6.25: what the end user in session owes, the sum of its open invoices.</summary>
public sealed record InvoicesGetBillingStatusQuery : IQuery<BillingStatusResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Self;
}

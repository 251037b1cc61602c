using Msp.Application.Common.Security;

namespace Msp.Application.Billing.InvoicesAddProduct;

/// <summary>
/// Spec 6.24: a service adds a line (quantity × price − discount, before VAT) that the monthly billing run puts on the
/// user's next invoice. <c>Discount</c> is an amount off the line, optional (ADR 19).
/// </summary>
public sealed record InvoicesAddProductCommand(WireId? UserId, WireId? ServiceId, string? Description, string? Quantity, string? Price, string? Discount)
    : ICommand<MessageResponse>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;

    public static ApiError Refused => BillingErrors.SiteAccessDeniedLowerCase;
}

using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;
using Msp.Domain.Billing;

namespace Msp.Application.Billing.InvoicesAddProduct;

public sealed class InvoicesAddProductCommandHandler(
    TenantScope scope,
    CallerContext context,
    IInvoiceLineRepository lines,
    IOptions<BillingOptions> options,
    TimeProvider clock) : IRequestHandler<InvoicesAddProductCommand, Result<MessageResponse>>
{
    /// <summary>The platform's usual 400 (6.24 documents none for this), telling why in the optional details.</summary>
    private static readonly ApiError PendingLinesFull = ApiError.BadParameters.WithDetails(
        [new ErrorDetail("pending_lines", "The user has as many lines waiting for the next invoice as one may have.", [])]);

    public async Task<Result<MessageResponse>> Handle(InvoicesAddProductCommand request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        var serviceId = request.ServiceId!.Value;

        // A service bills for its own service only, and only users subscribed to it; an unknown user or service gets
        // the same refusal as a foreign one (docs/contract.md §2).
        var user = await scope.FindUserAsync(request.UserId!.Value, InvoicesAddProductCommand.Callers, cancellationToken);
        if (user is null
            || !new Biller(caller.Role, caller.ServiceId).MayBill(user.Role, serviceId)
            || !await lines.ServiceExistsAsync(serviceId, cancellationToken))
        {
            return BillingErrors.SiteAccessDeniedLowerCase;
        }

        var billing = options.Value;
        if (await lines.CountPendingAsync(user.Id, cancellationToken) >= billing.MaxPendingLinesPerUser)
        {
            return PendingLinesFull;
        }

        var line = new PendingLine(
            user.Id,
            serviceId,
            request.Description!,
            WireAmount.Parse(request.Quantity),
            WireAmount.Parse(request.Price),
            WireAmount.Parse(request.Discount),
            billing.VatRateFor(serviceId),
            billing.Currency,
            caller.UserId);
        await lines.AddAsync(line, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return MessageResponse.Ok;
    }
}

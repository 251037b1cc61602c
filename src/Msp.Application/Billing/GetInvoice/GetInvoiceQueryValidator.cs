namespace Msp.Application.Billing.GetInvoice;

/// <summary>
/// A missing <c>User_id</c> is the documented 401; a malformed one names no user the caller may see (403). The
/// invoice id has no documented body: the platform's usual 400s (ADR 6).
/// </summary>
public sealed class GetInvoiceQueryValidator : AbstractValidator<GetInvoiceQuery>
{
    public GetInvoiceQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(BillingErrors.UserIdFieldNotFound);
        RuleFor(q => q.InvoiceId).Present().WithError(ApiError.MissingParameters);

        RuleFor(q => q.UserId).MustBeId().WithError(BillingErrors.SiteAccessDenied);
        RuleFor(q => q.InvoiceId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(q => q.Format)
            .Must(f => f is null || InvoiceFormat.IsKnown(f)).WithErrorCode("format").WithMessage("The format is json or pdf.")
            .WithError(ApiError.BadParameters);
    }
}

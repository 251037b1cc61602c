namespace Msp.Application.Billing.GetInvoices;

/// <summary>As getInvoice for <c>User_id</c>; <c>Months</c>, when given, a whole number from 1 to 1200 (else the platform's 400, ADR 6).</summary>
public sealed class GetInvoicesQueryValidator : AbstractValidator<GetInvoicesQuery>
{
    public GetInvoicesQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(BillingErrors.UserIdFieldNotFound);
        RuleFor(q => q.UserId).MustBeId().WithError(BillingErrors.SiteAccessDenied);
        RuleFor(q => q.Months)
            .Must(m => m is null || (m.IsValid && m.Value is >= 1 and <= GetInvoicesQuery.MaxMonths))
            .WithErrorCode("months").WithMessage("Months is a whole number from 1 to 1200.")
            .WithError(ApiError.BadParameters);
    }
}

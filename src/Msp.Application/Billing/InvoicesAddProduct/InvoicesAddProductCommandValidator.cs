using Msp.Domain.Billing;

namespace Msp.Application.Billing.InvoicesAddProduct;

/// <summary>6.24 documents no body for bad input: the platform's usual 400s (ADR 6).</summary>
public sealed class InvoicesAddProductCommandValidator : AbstractValidator<InvoicesAddProductCommand>
{
    public const int MaxDescriptionLength = 255;

    public InvoicesAddProductCommandValidator()
    {
        RuleFor(c => c.UserId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.ServiceId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Description).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Quantity).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Price).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.UserId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(c => c.ServiceId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(c => c.Description).MaximumLength(MaxDescriptionLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.Description).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(c => c.Quantity).MustBeAmount().WithError(ApiError.BadParameters);
        RuleFor(c => c.Quantity)
            .Must(q => !WireAmount.TryParse(q, out var quantity) || BillableLine.HasQuantity(quantity)).WithErrorCode("quantity")
            .WithMessage("The quantity is more than zero.")
            .WithError(ApiError.BadParameters);
        RuleFor(c => c.Price).MustBeAmount().WithError(ApiError.BadParameters);
        RuleFor(c => c.Discount).MustBeAmount().WithError(ApiError.BadParameters);
        RuleFor(c => c)
            .Must(DiscountAtMostTheLine).WithErrorCode("discount")
            .WithMessage("The discount is at most quantity × price.")
            .WithError(ApiError.BadParameters);
    }

    private static bool DiscountAtMostTheLine(InvoicesAddProductCommand command) =>
        !WireAmount.TryParse(command.Quantity, out var quantity)
        || !WireAmount.TryParse(command.Price, out var price)
        || !WireAmount.TryParse(command.Discount, out var discount)
        || BillableLine.DiscountFits(quantity, price, discount);
}

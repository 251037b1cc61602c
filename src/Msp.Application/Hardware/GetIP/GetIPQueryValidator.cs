namespace Msp.Application.Hardware.GetIP;

/// <summary>
/// A missing or malformed <c>UserID</c> names no user, a malformed MAC no ISG: the documented 403 Site access denied;
/// a MAC left out is the platform's usual 400 Missing parameters (ADR 6, ADR 18).
/// </summary>
public sealed class GetIPQueryValidator : AbstractValidator<GetIPQuery>
{
    public GetIPQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(HardwareErrors.SiteAccessDenied);
        RuleFor(q => q.UserId).MustBeId().WithError(HardwareErrors.SiteAccessDenied);
        RuleFor(q => q.IsgMac).Present().WithError(ApiError.MissingParameters);
        RuleFor(q => q.IsgMac).MustBeValid().WithError(HardwareErrors.SiteAccessDenied);
    }
}

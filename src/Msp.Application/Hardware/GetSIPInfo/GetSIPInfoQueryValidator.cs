namespace Msp.Application.Hardware.GetSIPInfo;

/// <summary>No user is named by a missing or malformed id: the documented "No user found".</summary>
public sealed class GetSIPInfoQueryValidator : AbstractValidator<GetSIPInfoQuery>
{
    public GetSIPInfoQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(HardwareErrors.NoUserFound);
        RuleFor(q => q.UserId).MustBeId().WithError(HardwareErrors.NoUserFound);
    }
}

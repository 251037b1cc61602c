namespace Msp.Application.Hardware.GetSMB;

/// <summary>No user, and so no SMB data, is named by a missing or malformed id: the documented 401 No SMB data found.</summary>
public sealed class GetSMBQueryValidator : AbstractValidator<GetSMBQuery>
{
    public GetSMBQueryValidator()
    {
        RuleFor(q => q.UserId).Present().WithError(HardwareErrors.NoSmbDataFound);
        RuleFor(q => q.UserId).MustBeId().WithError(HardwareErrors.NoSmbDataFound);
    }
}

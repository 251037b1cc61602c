namespace Msp.Application.Auth.SetDeviceToken;

public sealed class SetDeviceTokenCommandValidator : AbstractValidator<SetDeviceTokenCommand>
{
    /// <summary>FCM registration tokens run to a few hundred characters; APNs tokens are 64 hex digits.</summary>
    private const int MaxTokenLength = 4096;

    private const int MaxAppIdLength = 255;

    public SetDeviceTokenCommandValidator()
    {
        RuleFor(c => c.AppId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Platform).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.DeviceToken).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.AppId).MaximumLength(MaxAppIdLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.DeviceToken).MaximumLength(MaxTokenLength).WithError(ApiError.BadParameters);
        RuleFor(c => c.Platform)
            .Must(p => p is null || PushPlatform.Canonical(p) is not null)
            .WithErrorCode("platform")
            .WithMessage("Platform is Android or iOS.")
            .WithError(ApiError.BadParameters);
    }
}

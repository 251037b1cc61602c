namespace Msp.Application.Auth.SetDeviceToken;

/// <summary>
/// A push token and its app as the push services issue them (ADR 15): an FCM registration token is base64url with a
/// colon (a few hundred characters), an APNs device token hex (64 characters); an app id is a package or bundle id. Both
/// are held to those alphabets and to lengths well above what the services issue, so that nothing else is stored per
/// device or sent to a push service.
/// </summary>
public sealed class SetDeviceTokenCommandValidator : AbstractValidator<SetDeviceTokenCommand>
{
    public const int MaxTokenLength = 1024;

    private const int MaxAppIdLength = 255;

    public SetDeviceTokenCommandValidator()
    {
        RuleFor(c => c.AppId).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.Platform).Present().WithError(ApiError.MissingParameters);
        RuleFor(c => c.DeviceToken).Present().WithError(ApiError.MissingParameters);

        RuleFor(c => c.AppId)
            .Must(id => id is null || (id.Length <= MaxAppIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
            .WithErrorCode("app_id").WithMessage("App_ID is an app's package or bundle id (letters, digits, '.', '_', '-').")
            .WithError(ApiError.BadParameters);
        RuleFor(c => c.DeviceToken)
            .Must(token => token is null || (token.Length <= MaxTokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':')))
            .WithErrorCode("device_token").WithMessage("DeviceToken is an FCM or APNs token (letters, digits, '_', '-', ':').")
            .WithError(ApiError.BadParameters);
        RuleFor(c => c.Platform)
            .Must(p => p is null || PushPlatform.Canonical(p) is not null)
            .WithErrorCode("platform")
            .WithMessage("Platform is Android or iOS.")
            .WithError(ApiError.BadParameters);
    }
}

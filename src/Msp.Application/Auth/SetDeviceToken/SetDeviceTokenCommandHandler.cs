using Msp.Application.Common.Security;

namespace Msp.Application.Auth.SetDeviceToken;

public sealed class SetDeviceTokenCommandHandler(CallerContext context, IDeviceTokenRepository deviceTokens, TimeProvider clock)
    : IRequestHandler<SetDeviceTokenCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(SetDeviceTokenCommand request, CancellationToken cancellationToken)
    {
        await deviceTokens.SaveAsync(
            context.Caller.UserId,
            request.AppId!,
            PushPlatform.Canonical(request.Platform)!,
            request.DeviceToken!,
            clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        return MessageResponse.Ok;
    }
}

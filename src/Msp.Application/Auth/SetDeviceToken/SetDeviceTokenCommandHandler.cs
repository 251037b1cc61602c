using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;

namespace Msp.Application.Auth.SetDeviceToken;

public sealed class SetDeviceTokenCommandHandler(CallerContext context, IDeviceTokenRepository deviceTokens, TimeProvider clock, IOptions<MessageLimitsOptions> limits)
    : IRequestHandler<SetDeviceTokenCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(SetDeviceTokenCommand request, CancellationToken cancellationToken)
    {
        await deviceTokens.SaveAsync(
            context.Caller.UserId,
            request.AppId!,
            PushPlatform.Canonical(request.Platform)!,
            request.DeviceToken!,
            limits.Value.PushDevicesPerUser,
            clock.GetUtcNow().UtcDateTime,
            cancellationToken);
        return MessageResponse.Ok;
    }
}

using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Services.UserServiceSwitch;

/// <summary>
/// Subscribes an end user of the caller's BP to a service, or ends the subscription. A user of another BP, one that
/// does not exist, one pending deletion and an account that is not an end user answer alike (ADR 8). Both switches
/// are idempotent: the documented answers have no "already". One handler serves both, closed over each by the
/// registration; the command says which way it switches (<see cref="IUserServiceSwitchCommand.Subscribes"/>).
/// </summary>
public sealed class UserServiceSwitchCommandHandler<TCommand>(TenantScope scope, IServiceRepository services, TimeProvider clock)
    : IRequestHandler<TCommand, Result<MessageResponse>>
    where TCommand : IUserServiceSwitchCommand
{
    private static bool Subscribed => TCommand.Subscribes;

    public async Task<Result<MessageResponse>> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var user = (await scope.FindUserAsync(request.UserId!.Value, AllowedCallers.Managers, cancellationToken))?.Account;
        if (user is not { MayHoldSubscriptions: true, PartnerId: { } partnerId })
        {
            return ServicesErrors.NoUserFound;
        }

        var service = await services.FindAsync(request.ServiceId!.Value, cancellationToken);
        if (service is null)
        {
            return ServicesErrors.ServiceNotFound;
        }

        if (!Subscribed)
        {
            await services.UnsubscribeAsync(user.Id, service.Id, cancellationToken);
            return MessageResponse.Ok;
        }

        // A user can only hold what its BP offers (as users/register's Services); for this user, another one is not there.
        if (!await services.IsOfferedByAsync(partnerId, service.Id, cancellationToken))
        {
            return ServicesErrors.ServiceNotFound;
        }

        await services.SubscribeAsync(user.Id, service.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return MessageResponse.Ok;
    }
}

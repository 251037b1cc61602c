using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Services.ServiceSwitch;

/// <summary>
/// Switches a whole service on or off for every subscriber: an inactive service leaves every user's
/// <c>available_services</c> and its upstream operations refuse everyone. Services are a public catalogue, so an
/// unknown id is "Service not found" for every caller; a service account may switch only its own (docs/contract.md §2).
/// </summary>
public abstract class ServiceSwitchCommandHandler<TCommand>(CallerContext context, IServiceRepository services, TimeProvider clock)
    : IRequestHandler<TCommand, Result<MessageResponse>>
    where TCommand : IServiceSwitchCommand
{
    /// <summary>The state the switch leaves the service in.</summary>
    protected abstract bool Active { get; }

    protected abstract MessageResponse Switched { get; }

    protected abstract ApiError AlreadySwitched { get; }

    public async Task<Result<MessageResponse>> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var service = await services.FindAsync(request.ServiceId!.Value, cancellationToken);
        if (service is null)
        {
            return ServicesErrors.ServiceNotFound;
        }

        var caller = context.Caller;
        if (caller.Role == Role.Service && service.OwnerAccountId != caller.UserId)
        {
            return ServicesErrors.Unauthorized;
        }

        // The write itself decides "already": two switches at once cannot both answer that they switched.
        return await services.SwitchAsync(service.Id, Active, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ? Switched
            : AlreadySwitched;
    }
}

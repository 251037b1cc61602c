using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressDelete;

public sealed class AddressDeleteCommandHandler(TenantScope scope, IAddressRepository addresses, TimeProvider clock)
    : IRequestHandler<AddressDeleteCommand, Result<MessageResponse>>
{
    private const AllowedCallers Allowed = AllowedCallers.Self | AllowedCallers.Managers;

    public async Task<Result<MessageResponse>> Handle(AddressDeleteCommand request, CancellationToken cancellationToken)
    {
        var addressId = request.AddressId!.Value;
        var owner = await addresses.FindOwnerAsync(addressId, cancellationToken);
        if (owner is null || await scope.FindUserAsync(owner.Value, Allowed, cancellationToken) is null)
        {
            return AddressesErrors.NoAddressFound;
        }

        return await addresses.DeleteAsync(addressId, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ? MessageResponse.Ok
            : AddressesErrors.NoAddressFound;
    }
}

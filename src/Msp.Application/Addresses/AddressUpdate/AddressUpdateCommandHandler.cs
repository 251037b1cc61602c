using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressUpdate;

public sealed class AddressUpdateCommandHandler(TenantScope scope, IAddressRepository addresses, TimeProvider clock)
    : IRequestHandler<AddressUpdateCommand, Result<MessageResponse>>
{
    private const AllowedCallers Allowed = AllowedCallers.Self | AllowedCallers.Managers;

    public async Task<Result<MessageResponse>> Handle(AddressUpdateCommand request, CancellationToken cancellationToken)
    {
        var fields = request.Address;
        if (fields.IsEmpty)
        {
            return ApiError.MissingParameters;
        }

        var addressId = request.AddressId!.Value;
        var owner = await addresses.FindOwnerAsync(addressId, cancellationToken);
        if (owner is null || await scope.FindUserAsync(owner.Value, Allowed, cancellationToken) is null)
        {
            return AddressesErrors.NoAddressFoundForUpdate;
        }

        if (fields.CityId?.Value is { } cityId)
        {
            var city = await addresses.FindCityAsync(cityId, cancellationToken);
            if (city is null)
            {
                return ApiError.BadParameters;
            }

            fields = fields.In(city);
        }

        return await addresses.UpdateAsync(addressId, fields, clock.RecordNow(), cancellationToken) switch
        {
            AddressUpdateOutcome.Updated => MessageResponse.Ok,
            AddressUpdateOutcome.DeviceMacTaken => AddressesErrors.DeviceMacTaken,
            _ => AddressesErrors.NoAddressFoundForUpdate,
        };
    }
}

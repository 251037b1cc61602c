using Microsoft.Extensions.Options;
using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressCreate;

public sealed class AddressCreateCommandHandler(TargetUser target, IAddressRepository addresses, TimeProvider clock, IOptions<AddressesOptions> options)
    : IRequestHandler<AddressCreateCommand, Result<AddressCreateResponse>>
{
    public async Task<Result<AddressCreateResponse>> Handle(AddressCreateCommand request, CancellationToken cancellationToken)
    {
        if (await addresses.CountOfAccountAsync(target.User.Id, cancellationToken) >= options.Value.MaxPerUser)
        {
            return AddressesErrors.TooManyAddresses;
        }

        var fields = request.Address;
        if (fields.CityId?.Value is { } cityId)
        {
            var city = await addresses.FindCityAsync(cityId, cancellationToken);
            if (city is null)
            {
                return ApiError.BadParameters;
            }

            fields = fields.In(city);
        }

        var now = clock.RecordNow();
        return await addresses.CreateAsync(target.User.Id, fields, now, cancellationToken) is { } id
            ? new AddressCreateResponse(new AddressCreated(now, now, id))
            : AddressesErrors.DeviceMacTaken;
    }
}

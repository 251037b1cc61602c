using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressCreate;

public sealed class AddressCreateCommandHandler(CallerContext context, TenantScope scope, IAddressRepository addresses, TimeProvider clock)
    : IRequestHandler<AddressCreateCommand, Result<AddressCreateResponse>>
{
    private const AllowedCallers Allowed = AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Admin;

    public async Task<Result<AddressCreateResponse>> Handle(AddressCreateCommand request, CancellationToken cancellationToken)
    {
        var userId = request.UserId?.Value ?? context.Caller.UserId;

        // addressCreate documents no 403: a user out of reach and one that does not exist both get the unauthorized body (ADR 9).
        var owner = await scope.FindUserAsync(userId, Allowed, cancellationToken);
        if (owner is null)
        {
            return AddressesErrors.Unauthorized;
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
        var id = await addresses.CreateAsync(owner.Id, fields, now, cancellationToken);
        return new AddressCreateResponse(new AddressCreated(now, now, id));
    }
}

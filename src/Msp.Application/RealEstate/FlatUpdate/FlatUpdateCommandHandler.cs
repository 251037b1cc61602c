using Msp.Application.Common.Security;
using Msp.Domain.RealEstate;

namespace Msp.Application.RealEstate.FlatUpdate;

/// <summary>
/// The flat first (one of another BP is answered as one that does not exist, docs/contract.md §3), then a new building
/// within reach, then the city when the city or the country changes; the update itself is guarded by the reach again.
/// </summary>
public sealed class FlatUpdateCommandHandler(CallerContext context, IFlatRepository flats, TimeProvider clock)
    : IRequestHandler<FlatUpdateCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(FlatUpdateCommand request, CancellationToken cancellationToken)
    {
        var reach = RealEstateScope.PartnerOf(context.Caller);
        var flatId = request.FlatId!.Value;
        var fields = request.Flat;
        var place = await flats.FindFlatAsync(flatId, reach, cancellationToken);
        if (place is null)
        {
            return RealEstateErrors.NoFlatFound;
        }

        long? buildingPartner = null;
        if (fields.BuildingId is { } building)
        {
            buildingPartner = await flats.FindBuildingPartnerAsync(building.Value, reach, cancellationToken);
            if (buildingPartner is null)
            {
                return RealEstateErrors.NoBuildingFound;
            }
        }

        FlatCity? city = null;
        if (fields.City is not null || fields.Country is not null)
        {
            city = await flats.FindCityAsync(fields.City ?? place.City, fields.Country?.Value ?? place.Country, cancellationToken);
            if (city is null)
            {
                return RealEstateErrors.NoCityFound;
            }
        }

        var change = new FlatChange(fields, buildingPartner, city);
        return await flats.UpdateAsync(flatId, reach, change, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ? MessageResponse.Ok
            : RealEstateErrors.NoFlatFound;
    }
}

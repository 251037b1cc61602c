using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatCreate;

/// <summary>
/// The building first (one of another BP is answered as one that does not exist), then the city, by name within the
/// country; the flat takes the city's state unless one is given.
/// </summary>
public sealed class FlatCreateCommandHandler(CallerContext context, IFlatRepository flats, TimeProvider clock)
    : IRequestHandler<FlatCreateCommand, Result<FlatCreateResponse>>
{
    public async Task<Result<FlatCreateResponse>> Handle(FlatCreateCommand request, CancellationToken cancellationToken)
    {
        var fields = request.Flat;
        var buildingPartner = await flats.FindBuildingPartnerAsync(fields.BuildingId!.Value, RealEstateScope.PartnerOf(context.Caller), cancellationToken);
        if (buildingPartner is not { } partnerId)
        {
            return RealEstateErrors.NoBuildingFound;
        }

        var city = await flats.FindCityAsync(fields.City!, fields.Country!.Value, cancellationToken);
        if (city is null)
        {
            return RealEstateErrors.NoCityFound;
        }

        var id = await flats.CreateAsync(partnerId, fields, city, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new FlatCreateResponse("ok", new FlatCreated(id));
    }
}

using Msp.Api.Http;
using Msp.Application.RealEstate.BuildingList;
using Msp.Application.RealEstate.FlatCreate;
using Msp.Application.RealEstate.FlatDelete;
using Msp.Application.RealEstate.FlatListAvailable;
using Msp.Application.RealEstate.FlatListOccupied;
using Msp.Application.RealEstate.FlatUpdate;
using Msp.Application.RealEstate.ResidenceList;
using Msp.Application.RealEstate.ResidenceListFull;

namespace Msp.Api.Endpoints;

internal static class RealEstateEndpoints
{
    public static void MapRealEstateEndpoints(this IEndpointRouteBuilder app)
    {
        var realEstate = app.MapModule("RealEstate", "A business partner's real estate: residences, their buildings, and the flats in them, available or occupied.");
        realEstate.MapOperation<ResidenceListQuery>("GET", "/residence/list");
        realEstate.MapOperation<ResidenceListFullQuery>("GET", "/residence/listFull");
        realEstate.MapOperation<BuildingListQuery>("GET", "/building/list");
        realEstate.MapOperation<FlatListAvailableQuery>("GET", "/flat/listAvailable");
        realEstate.MapOperation<FlatListOccupiedQuery>("GET", "/flat/listOccupied");
        realEstate.MapOperation<FlatCreateCommand>("POST", "/flat/create");
        realEstate.MapOperation<FlatUpdateCommand>("POST", "/flat/update");
        realEstate.MapOperation<FlatDeleteCommand>("DELETE", "/flat/delete");
    }
}

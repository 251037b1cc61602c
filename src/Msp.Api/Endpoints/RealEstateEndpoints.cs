using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Common.Results;
using Msp.Application.RealEstate;
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
    private static readonly ApiError[] FlatWriteFailures =
    [
        RealEstateErrors.MissingParameters, ApiError.BadParameters, RealEstateErrors.NoBuildingFound, RealEstateErrors.NoCityFound,
        RealEstateErrors.ClientNotAuthorized,
    ];

    public static void MapRealEstateEndpoints(this IEndpointRouteBuilder app)
    {
        var realEstate = app.MapModule("RealEstate", "A business partner's real estate: residences, their buildings, and the flats in them, available or occupied.");
        realEstate.MapOperation<ResidenceListQuery>("GET", "/residence/list")
            .Answers([RealEstateExamples.Residences, "[]"], RealEstateErrors.ClienteNotAuthorized);
        realEstate.MapOperation<ResidenceListFullQuery>("GET", "/residence/listFull")
            .Answers([RealEstateExamples.ResidencesFull, "[]"], RealEstateErrors.ClienteNotAuthorized);
        realEstate.MapOperation<BuildingListQuery>("GET", "/building/list")
            .Answers([RealEstateExamples.Buildings, """{"data":[]}"""], RealEstateErrors.Unauthorized);
        realEstate.MapOperation<FlatListAvailableQuery>("GET", "/flat/listAvailable")
            .Answers(RealEstateExamples.AvailableFlats, RealEstateErrors.NoFlatFound, RealEstateErrors.ClientNotAuthorized);
        realEstate.MapOperation<FlatListOccupiedQuery>("GET", "/flat/listOccupied")
            .Answers(RealEstateExamples.OccupiedFlats, RealEstateErrors.NoFlatFound, RealEstateErrors.ClientNotAuthorized);
        realEstate.MapOperation<FlatCreateCommand>("POST", "/flat/create").Answers(RealEstateExamples.FlatCreated, FlatWriteFailures);
        realEstate.MapOperation<FlatUpdateCommand>("POST", "/flat/update")
            .Answers(RealEstateExamples.Ok, [.. FlatWriteFailures, RealEstateErrors.NoFlatFound]);
        realEstate.MapOperation<FlatDeleteCommand>("DELETE", "/flat/delete")
            .Answers(RealEstateExamples.Ok, RealEstateErrors.NoFlatFound, RealEstateErrors.FlatOccupied, RealEstateErrors.Unauthorized);
    }
}

namespace Msp.Application.RealEstate;

/// <summary>The documented failures of the real-estate operations (spec 6.5, 6.9–6.13, 6.28, 6.29; docs/contract.md §3 and §4).</summary>
public static class RealEstateErrors
{
    /// <summary>buildingList and flatDelete document none, so theirs is the platform's usual one (docs/contract.md §2).</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>flatCreate, flatUpdate, flatListAvailable and flatListOccupied: without the full stop, as printed.</summary>
    public static readonly ApiError ClientNotAuthorized =
        ApiError.Error(400, "unauthorized_client", "The client is not authorized to request an access token using this method");

    /// <summary>residenceList and residenceListFull: "cliente", with the full stop, as printed.</summary>
    public static readonly ApiError ClienteNotAuthorized =
        ApiError.Error(400, "unauthorized_client", "The cliente is not authorized to request an access token using this method.");

    /// <summary>flatCreate and flatUpdate: a required field missing, or malformed; a 200, as printed.</summary>
    public static readonly ApiError MissingParameters = ApiError.Msg(200, "Missing parameters");

    /// <summary>flatCreate and flatUpdate: a building that does not exist or lies in another BP.</summary>
    public static readonly ApiError NoBuildingFound = ApiError.Msg(404, "No building found");

    /// <summary>flatCreate and flatUpdate: a city the platform does not know in that country.</summary>
    public static readonly ApiError NoCityFound = ApiError.Msg(404, "No city found");

    /// <summary>flatDelete, flatUpdate and the flat lists: no such flat, or none of the kind asked for (docs/contract.md §3).</summary>
    public static readonly ApiError NoFlatFound = ApiError.Error(404, "No flat found");

    /// <summary>flatDelete's 403, with the trailing space the spec prints: the flat still has an address in it (ADR 20).</summary>
    public static readonly ApiError FlatOccupied = ApiError.Msg(403, "No address found ");

    /// <summary>residenceList and residenceListFull for a BPID that names no BP: no residences, 6.28's <c>[]</c>.</summary>
    public static readonly ApiError NoResidences = ApiError.Of(200, Array.Empty<object>());

    /// <summary>buildingList for a BPID or residence number that names nothing: "No content", an empty <c>data</c> (docs/contract.md §3).</summary>
    public static readonly ApiError NoBuildings = ApiError.Of(200, new Dictionary<string, object[]> { ["data"] = [] });
}

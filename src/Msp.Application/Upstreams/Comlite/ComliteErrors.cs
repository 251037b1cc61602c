namespace Msp.Application.Upstreams.Comlite;

/// <summary>The documented failures of the Comlite operations (spec 4.1, docs/contract.md §4).</summary>
public static class ComliteErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    public static readonly ApiError UserNotFound = ApiError.Of(200, new { status = new { msg = "User not found" } });
}

namespace Msp.Application.Upstreams.MyEntertainment;

/// <summary>The documented failures of the My Entertainment operations (spec 7, docs/contract.md §4).</summary>
public static class MyEntertainmentErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;
}

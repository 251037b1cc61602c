namespace Msp.Application.Upstreams.Lunchgate;

/// <summary>The documented failures of the My Restaurant operations (spec 8, docs/contract.md §3 and §4).</summary>
public static class LunchgateErrors
{
    /// <summary>Spec 8 documents none, so the platform's default (docs/contract.md §2).</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>Spec 8's "401 Bad parameters", as docs/contract.md §3 spells it.</summary>
    public static readonly ApiError BadParameters = ApiError.Msg(401, "Bad parameters");
}

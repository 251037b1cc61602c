namespace Msp.Application.Upstreams.MyVpn;

/// <summary>The documented failures of the My VPN operations (spec 9, docs/contract.md §4).</summary>
public static class MyVpnErrors
{
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>Spec 9.1, 9.2, 9.5, 9.6: the upstream does not know the user, its string code as printed.</summary>
    public static readonly ApiError IdNotFound = ApiError.Of(200, new { status = new { status = "error", code = "-2", msg = "id not found" } });
}

namespace Msp.Application.Upstreams;

/// <summary>
/// The upstream systems, as the service records name them (<c>services.upstream</c>). An upstream operation finds its
/// service by this name, so the ids of the demo data are nowhere in the code.
/// </summary>
public static class UpstreamNames
{
    public const string Comlite = "Comlite";

    /// <summary>My Restaurant (spec 8).</summary>
    public const string Lunchgate = "Lunchgate";

    /// <summary>Spec 9.</summary>
    public const string MyVpn = "My VPN";

    /// <summary>Spec 7.</summary>
    public const string MyEntertainment = "My Entertainment";
}

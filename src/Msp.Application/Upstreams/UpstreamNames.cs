namespace Msp.Application.Upstreams;

/// <summary>
/// The upstream systems, as the service records name them (<c>services.upstream</c>). An upstream operation finds its
/// service by this name, so the ids of the demo data are nowhere in the code.
/// </summary>
public static class UpstreamNames
{
    public const string Comlite = "Comlite";
}

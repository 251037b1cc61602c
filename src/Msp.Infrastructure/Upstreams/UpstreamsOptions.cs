namespace Msp.Infrastructure.Upstreams;

/// <summary>Configuration section <c>Upstreams</c>: which adapters answer for the upstream systems.</summary>
public sealed class UpstreamsOptions
{
    public const string Section = "Upstreams";

    /// <summary>
    /// <see cref="UpstreamMode.Http"/> unless configured: a production host that forgot the setting calls the real
    /// systems rather than showing real users demo data. appsettings.Development.json sets Sandbox.
    /// </summary>
    public UpstreamMode Mode { get; set; } = UpstreamMode.Http;
}

public enum UpstreamMode
{
    /// <summary>The real upstream systems, over HTTP, at the service records' <c>api_url</c>.</summary>
    Http,

    /// <summary>In-process stand-ins answering with the spec's example data (docs/demo-data.md "Upstream services").</summary>
    Sandbox,
}

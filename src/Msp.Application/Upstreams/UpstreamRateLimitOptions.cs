namespace Msp.Application.Upstreams;

/// <summary>
/// <c>Upstreams:RequestsPerUserPerMinute</c>: upstream requests one account may send a minute, all relays together,
/// before it gets the documented 429 (0: no limit; ADR 25). 120, two a second, is more than a person tapping through
/// an app's screens sends (each screen asks a relay or three), and keeps one account from making the API call other
/// companies' systems, or fill their answers into memory, thousands of times a minute.
/// </summary>
public sealed class UpstreamRateLimitOptions
{
    public const string Section = "Upstreams";

    public int RequestsPerUserPerMinute { get; set; } = 120;
}

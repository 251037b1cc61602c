using System.Text.Json;

namespace Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;

/// <summary>Spec 9.6: deactivates the calling user's video camera service at My VPN (a write upstream, never retried).</summary>
public sealed record UnsetCamServiceByUserCommand : ICommand<JsonElement>, IUpstreamRequest;

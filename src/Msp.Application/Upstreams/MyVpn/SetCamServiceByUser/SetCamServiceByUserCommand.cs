using System.Text.Json;

namespace Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;

/// <summary>Spec 9.5: activates the calling user's video camera service at My VPN (a write upstream, never retried).</summary>
public sealed record SetCamServiceByUserCommand : ICommand<JsonElement>, IUpstreamRequest;

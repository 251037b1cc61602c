using System.Text.Json;

namespace Msp.Application.Upstreams.MyVpn.GetCamsByUser;

/// <summary>Spec 9.1: the calling user's video cameras, as My VPN knows them.</summary>
public sealed record GetCamsByUserQuery : IQuery<JsonElement>, IUpstreamRequest;

using System.Text.Json;

namespace Msp.Application.Upstreams.MyVpn.GetCertificates;

/// <summary>Spec 9.2: the VPN certificates of one of the calling user's devices.</summary>
public sealed record GetCertificatesQuery(string? Device) : IQuery<JsonElement>, IUpstreamRequest;

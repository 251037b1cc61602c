namespace Msp.Application.Upstreams.MyVpn.MyVpnGetContact;

/// <summary>Spec 9.3: the calling user's contact person at My VPN.</summary>
public sealed record MyVpnGetContactQuery : IQuery<ContactResponse>, IUpstreamRequest;

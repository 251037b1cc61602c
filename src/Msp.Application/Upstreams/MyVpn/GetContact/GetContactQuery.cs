namespace Msp.Application.Upstreams.MyVpn.GetContact;

/// <summary>Spec 9.3: the calling user's contact person at My VPN.</summary>
public sealed record GetContactQuery : IQuery<ContactResponse>, IUpstreamRequest;

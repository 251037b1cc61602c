namespace Msp.Application.Upstreams.MyVpn.GetContactAvatar;

/// <summary>Spec 9.4: the picture of the calling user's contact person at My VPN, a JPEG.</summary>
public sealed record GetContactAvatarQuery : IQuery<BinaryContent>, IUpstreamRequest;

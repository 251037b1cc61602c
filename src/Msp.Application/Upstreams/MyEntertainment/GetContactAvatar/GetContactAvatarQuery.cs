namespace Msp.Application.Upstreams.MyEntertainment.GetContactAvatar;

/// <summary>Spec 7.2: the picture of the calling user's contact person at My Entertainment, a JPEG.</summary>
public sealed record GetContactAvatarQuery : IQuery<BinaryContent>, IUpstreamRequest;

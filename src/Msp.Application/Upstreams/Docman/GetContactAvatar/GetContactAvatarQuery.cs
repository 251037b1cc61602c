using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.Docman.GetContactAvatar;

/// <summary>Spec 5.2 getContactAvatar: a contact person's JPEG (Docman, <c>/getContactAvatar</c>).</summary>
public sealed record GetContactAvatarQuery(string? Id) : IContactAvatarQuery, IUpstreamRequest
{
    public static ApiError Unauthorized => DocmanErrors.AvatarUnauthorized;
}

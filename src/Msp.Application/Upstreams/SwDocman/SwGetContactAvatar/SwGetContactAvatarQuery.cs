using Msp.Application.Upstreams.Docman;
using Msp.Application.Upstreams.Docman.Relay;

namespace Msp.Application.Upstreams.SwDocman.SwGetContactAvatar;

/// <summary>Spec 10.2 getContactAvatar: a contact person's JPEG (SW Docman, <c>/sw/getContactAvatar</c>).</summary>
public sealed record SwGetContactAvatarQuery(string? Id) : IContactAvatarQuery, IUpstreamRequest
{
    public static ApiError Unauthorized => DocmanErrors.AvatarUnauthorized;
}

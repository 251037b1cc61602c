namespace Msp.Application.Upstreams.Docman.GetContactAvatar;

/// <summary>
/// Spec 5.2 and 10.2 getContactAvatar: a contact person's JPEG, streamed. No usable <c>ID</c> is "Contact not set";
/// a contact that is not one of the user's managers is Docman's "not manager id".
/// </summary>
public sealed record GetContactAvatarQuery(string? Id, DocmanService Service) : IDocmanQuery<BinaryContent>
{
    public static ApiError Unauthorized => DocmanErrors.AvatarUnauthorized;
}

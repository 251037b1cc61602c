namespace Msp.Application.Upstreams.Docman.GetContactAvatar;

/// <summary>What GET /getContactAvatar and /sw/getContactAvatar answers.</summary>
public static class GetContactAvatarAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Jpeg(DocmanErrors.ContactNotSet, DocmanErrors.NotManagerId, DocmanErrors.AvatarUnauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.MyEntertainment.GetContactAvatar;

/// <summary>What GET /myentertainment/getContactAvatar answers.</summary>
public static class GetContactAvatarAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Jpeg(MyEntertainmentErrors.Unauthorized, ApiError.TooManyRequests);
}

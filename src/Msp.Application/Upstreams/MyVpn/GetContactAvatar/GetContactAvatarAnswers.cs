namespace Msp.Application.Upstreams.MyVpn.GetContactAvatar;

/// <summary>What GET /myvpn/getContactAvatar answers.</summary>
public static class GetContactAvatarAnswers
{
    public static OperationAnswers Documented { get; } = OperationAnswers.Jpeg(MyVpnErrors.Unauthorized, ApiError.TooManyRequests);
}

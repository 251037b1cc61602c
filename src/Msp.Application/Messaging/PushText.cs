namespace Msp.Application.Messaging;

/// <summary>
/// A push notification's text: FCM and APNs take at most 4 KB of payload, so 1,000 characters (at most 4,000 bytes of
/// UTF-8) is the longest text sent; longer is refused rather than cut.
/// </summary>
public static class PushText
{
    public const int MaxLength = 1000;
}

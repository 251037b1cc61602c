namespace Msp.Application.Addresses;

internal static class RecordTime
{
    /// <summary>
    /// Now, to the second: the wire shows record times to the second, and storing exactly that instant keeps an
    /// answer's <c>created_at</c> equal to what addressList shows later, whatever precision the database keeps.
    /// </summary>
    public static DateTime RecordNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}

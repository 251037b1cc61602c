using System.Globalization;

namespace Msp.Application.Common.Validation;

/// <summary>
/// A moment as a parameter, in UTC as record times are written (<c>2026-12-07 14:30:00</c>), or a day (<c>2026-12-07</c>,
/// its start); its value is that UTC time.
/// </summary>
public sealed class WireTime : WireValue<DateTime>, IWireValue<WireTime>
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private WireTime(string text)
        : base(text, TryParse(text, out var time), time)
    {
    }

    public override string Expected => "a UTC time, yyyy-MM-dd HH:mm:ss, or a day, yyyy-MM-dd";

    public static WireForm Form { get; } = new(WireFormType.Text, Pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2})?$");

    public static WireTime FromText(string text) => new(text);

    private static bool TryParse(string text, out DateTime time) =>
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace Msp.Application.Common.Time;

/// <summary>
/// Formats stored UTC times as the spec shows them, in the platform's zone: <c>2016-08-12 17:39:05 CET</c> where the
/// spec's example carries the zone's abbreviation (login), <c>1970-01-01 01:00:00</c> where it does not (getUserInfo).
/// </summary>
public sealed class WireTimeFormatter
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    private readonly TimeZoneInfo _zone;
    private readonly PlatformOptions _options;

    public WireTimeFormatter(IOptions<PlatformOptions> options)
    {
        _options = options.Value;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
    }

    public string Plain(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString(Format, CultureInfo.InvariantCulture);

    public string WithZone(DateTime utc)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);

        // Asked of the instant, not of the local time: in the hour the clocks go back, a local time happens twice
        // and would always read as standard time.
        var abbreviation = _zone.IsDaylightSavingTime(new DateTimeOffset(instant)) ? _options.DaylightAbbreviation : _options.StandardAbbreviation;
        return Plain(instant) + " " + abbreviation;
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace Msp.Application.Common.Time;

/// <summary>Formats stored UTC times as the spec shows them: <c>2016-08-12 17:39:05 CET</c> in the platform's zone.</summary>
public sealed class WireTimeFormatter
{
    private readonly TimeZoneInfo _zone;
    private readonly PlatformOptions _options;

    public WireTimeFormatter(IOptions<PlatformOptions> options)
    {
        _options = options.Value;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
    }

    public string WithZone(DateTime utc)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, _zone);

        // Asked of the instant, not of the local time: in the hour the clocks go back, a local time happens twice
        // and would always read as standard time.
        var abbreviation = _zone.IsDaylightSavingTime(new DateTimeOffset(instant)) ? _options.DaylightAbbreviation : _options.StandardAbbreviation;
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + abbreviation;
    }
}

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
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        var abbreviation = _zone.IsDaylightSavingTime(local) ? _options.DaylightAbbreviation : _options.StandardAbbreviation;
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + abbreviation;
    }
}

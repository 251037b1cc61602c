using Microsoft.Extensions.Options;
using Msp.Application.Common.Time;

namespace Msp.UnitTests.Common.Time;

public sealed class WireTimeFormatterTests
{
    private readonly WireTimeFormatter _times = new(Options.Create(new PlatformOptions()));

    [Fact]
    public void Winter_times_are_shown_in_CET_one_hour_ahead_of_UTC()
    {
        Assert.Equal("2016-01-12 17:39:05 CET", _times.WithZone(new DateTime(2016, 1, 12, 16, 39, 5, DateTimeKind.Utc)));
    }

    [Fact]
    public void Summer_times_are_shown_in_CEST_two_hours_ahead_of_UTC()
    {
        Assert.Equal("2016-08-12 17:39:05 CEST", _times.WithZone(new DateTime(2016, 8, 12, 15, 39, 5, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_stored_time_without_a_kind_is_taken_as_UTC()
    {
        Assert.Equal("2016-01-12 17:39:05 CET", _times.WithZone(new DateTime(2016, 1, 12, 16, 39, 5, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void The_date_changes_with_the_zone()
    {
        Assert.Equal("2017-01-01 00:30:00 CET", _times.WithZone(new DateTime(2016, 12, 31, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2024-03-31T00:59:59Z", "2024-03-31 01:59:59 CET")]
    [InlineData("2024-03-31T01:00:00Z", "2024-03-31 03:00:00 CEST")]
    [InlineData("2024-10-27T00:30:00Z", "2024-10-27 02:30:00 CEST")]
    [InlineData("2024-10-27T01:30:00Z", "2024-10-27 02:30:00 CET")]
    public void Around_the_clock_changes_the_abbreviation_follows_the_instant(string utc, string expected)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        Assert.Equal(expected, _times.WithZone(instant));
    }

    [Fact]
    public void The_zone_and_its_abbreviations_are_configuration()
    {
        var times = new WireTimeFormatter(Options.Create(new PlatformOptions
        {
            TimeZone = "America/New_York",
            StandardAbbreviation = "EST",
            DaylightAbbreviation = "EDT",
        }));

        Assert.Equal("2016-01-12 11:39:05 EST", times.WithZone(new DateTime(2016, 1, 12, 16, 39, 5, DateTimeKind.Utc)));
        Assert.Equal("2016-08-12 11:39:05 EDT", times.WithZone(new DateTime(2016, 8, 12, 15, 39, 5, DateTimeKind.Utc)));
    }

    [Fact]
    public void Plain_is_the_same_local_time_without_the_abbreviation()
    {
        Assert.Equal("2016-08-12 17:39:05", _times.Plain(new DateTime(2016, 8, 12, 15, 39, 5, DateTimeKind.Utc)));
    }
}

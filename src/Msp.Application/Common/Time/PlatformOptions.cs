namespace Msp.Application.Common.Time;

/// <summary>How the platform shows times on the wire (docs/contract.md §1 "Times").</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public string TimeZone { get; set; } = "Europe/Zurich";

    /// <summary>The abbreviation shown after a time in standard time, as the spec prints it.</summary>
    public string StandardAbbreviation { get; set; } = "CET";

    /// <summary>The abbreviation shown after a time in summer time.</summary>
    public string DaylightAbbreviation { get; set; } = "CEST";
}

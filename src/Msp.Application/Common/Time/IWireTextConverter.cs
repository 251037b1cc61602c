namespace Msp.Application.Common.Time;

/// <summary>
/// A converter that writes a value as text in a form of its own (a time as the spec prints it): it states that form, so
/// the published contract types the property as that text and not as what the .NET type would be.
/// </summary>
public interface IWireTextConverter
{
    /// <summary>A regular expression every text the converter writes matches.</summary>
    static abstract string Pattern { get; }
}

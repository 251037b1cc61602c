namespace Msp.Application.Addresses;

/// <summary>
/// The <c>Addresses</c> section. address/create stores a row per call, so an account holds a bounded number (ADR 15):
/// a home, a billing address, a holiday flat and the like, not thousands a script left behind.
/// </summary>
public sealed class AddressesOptions
{
    public const string Section = "Addresses";

    public int MaxPerUser { get; set; } = 20;
}

namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>
/// The postal part of a user's billing address, with the fields and order of the spec's 6.16 example (named as in
/// addressList). The hardware an address also holds (MACs, IP, OTO) is nobody's billing business, so it stays out.
/// </summary>
public sealed class BillingAddress
{
    public string Name { get; init; } = "";

    public string Company { get; init; } = "";

    public string Firstname { get; init; } = "";

    public string Lastname { get; init; } = "";

    public string StreetAddress { get; init; } = "";

    public string Postcode { get; init; } = "";

    public string CountryIso { get; init; } = "";

    public string State { get; init; } = "";

    public string City { get; init; } = "";
}

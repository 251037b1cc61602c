namespace Msp.Application.Users.GetInstallationUserInfo;

/// <summary>An installation address as spec 6.20 prints it, in its property order.</summary>
public sealed record InstallationAddress(
    string Name,
    string Company,
    string Firstname,
    string Lastname,
    string StreetAddress,
    string Postcode,
    string CountryIso,
    string State,
    string City);

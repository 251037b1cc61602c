namespace Msp.Application.Auth.Profile;

/// <summary>Everything login and getUserInfo tell a caller about itself, read in one round trip.</summary>
public sealed record UserProfile(
    UserInfo UserInfo,
    IReadOnlyList<long> SubscribedServices,
    IReadOnlyList<AvailableService> AvailableServices,
    IReadOnlyList<AvailableLanguage> AvailableLanguages,
    IReadOnlyList<ServiceCategory> Categories);

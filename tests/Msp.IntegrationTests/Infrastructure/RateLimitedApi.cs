namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// A host of its own with the per-address login limit switched on (the shared host turns it off so that tests can log
/// in freely). The limit counts in windows of the host's clock; each test spends the budget of a client address of its own.
/// </summary>
public sealed class RateLimitedApi : IAsyncLifetime
{
    public const int LoginRequestsPerMinute = 3;

    public MspApiFactory Api { get; } = new MspApiFactory().With("Auth:LoginRequestsPerMinute", LoginRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task InitializeAsync() => ((IAsyncLifetime)Api).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RateLimitedApiCollection : ICollectionFixture<RateLimitedApi>
{
    public const string Name = "rate-limited api";
}

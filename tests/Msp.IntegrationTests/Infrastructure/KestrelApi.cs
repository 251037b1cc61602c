namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// A host of its own on real Kestrel, on a free port. The in-memory test server enforces no request size limit, so
/// what Kestrel's <c>MaxRequestBodySize</c> (appsettings.json) makes of an oversized body can only be seen here.
/// </summary>
public class KestrelApi : IAsyncLifetime
{
    public KestrelApi()
    {
        Api.UseKestrel(0);

        // As in Development: the demo partners' logos come from the platform itself (the browser tests show them).
        Api.With("Auth:PasswordReset:DemoLogosFrom", "http://esp-development.streamnow.ch/img/");
    }

    public MspApiFactory Api { get; } = new();

    public Task InitializeAsync() => ((IAsyncLifetime)Api).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Api).DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class KestrelApiCollection : ICollectionFixture<KestrelApi>
{
    public const string Name = "kestrel api";
}

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>The tests that share one API host and its database; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "api";
}

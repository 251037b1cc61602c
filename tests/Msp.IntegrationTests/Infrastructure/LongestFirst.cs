using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Msp.IntegrationTests.Infrastructure.LongestFirst", "Msp.IntegrationTests")]

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// Starts the collections that take longest first (as measured: the API tests' two hosts, the upstream and sweep hosts,
/// then the slowest classes of their own), so that on two test threads no long chain starts last and runs on alone.
/// The rest follow in xUnit's default order; collections that disable parallelization still run after all of these.
/// Names, not types: the template test compiles this folder without the others.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        AccountsApiCollection.Name,
        ApiCollection.Name,
        "upstreams over HTTP",
        "robustness",
        "relays over HTTP",
        KestrelApiCollection.Name,
        "Test collection for Msp.IntegrationTests.Database.SqliteCheckpointerTests",
        "Test collection for Msp.IntegrationTests.Faults.ProcessKillTests",
        "Test collection for Msp.IntegrationTests.Instances.TwoInstancesTests",
    ];

    private readonly DefaultTestCollectionOrderer _default;

    public LongestFirst(IMessageSink diagnostics)
    {
        _ = diagnostics;
        _default = new DefaultTestCollectionOrderer();
    }

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections)
            .Select((collection, index) => (collection, index, rank: Array.IndexOf(Longest, collection.DisplayName)))
            .OrderBy(c => c.rank < 0 ? Longest.Length : c.rank)
            .ThenBy(c => c.index)
            .Select(c => c.collection)
            .ToArray();
}

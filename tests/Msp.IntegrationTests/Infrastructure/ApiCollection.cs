namespace Msp.IntegrationTests.Infrastructure;

/// <summary>The tests that share one API host and its database; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "api";
}

/// <summary>
/// The Auth and Users tests (<c>AuthTest</c>, <c>UsersApiTest</c>): a host of their own, so that they run beside the
/// rest of <see cref="ApiCollection"/> instead of after it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccountsApiCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "api accounts";
}

/// <summary>
/// The tests that compare the time two kinds of request take (ADR 15's "no enumeration by timing"): a host of their
/// own, run alone once every other collection of the run is done, so no other test's load tips the comparison.
/// Their classes carry <see cref="Timing.Trait"/>, so a run can pick them out or leave them out (<c>--filter Category=Timing</c>).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection : ICollectionFixture<MspApiFactory>
{
    public const string Name = "timing";
}

/// <summary>
/// The trait of the tests whose assertions a loaded machine could tip: cost comparisons, and "at once" bounded by a
/// wall clock. Their collections run alone (<c>DisableParallelization</c>), after the parallel ones.
/// </summary>
public static class Timing
{
    public const string Trait = "Category";

    public const string Sensitive = "Timing";
}

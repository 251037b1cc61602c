using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Msp.Infrastructure.Upstreams.Lunchgate;
using Msp.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Msp.IntegrationTests.Upstreams.Lunchgate;

/// <summary>
/// Issue 23 §5: distinct searches with large answers (an attacker's 1,500 of 400 KB took the process from 134 MB to
/// 2.8 GB) fill Lunchgate's cache to its byte limit and no further. Held to the cache's own accounting, never to the
/// process's memory or to timing.
/// </summary>
[Collection(RestaurantCacheCollection.Name)]
public sealed class LunchgateCacheLimitTests(RestaurantCacheHost host) : ApiTest(host.Api)
{
    private const int AnswerBytes = 40_000;

    private const int Searches = 60;

    [Fact]
    public async Task Many_distinct_large_answers_stay_within_the_cache_s_byte_limit_and_the_oldest_are_asked_for_again()
    {
        host.Upstream.Reset();
        var answer = LunchgateHttpTests.LargeAnswer(AnswerBytes);
        host.Upstream.Given(Request.Create().WithPath("/lunchgate/search").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var token = await TokenOf("jorge");
        var place = "Bound-" + Guid.NewGuid().ToString("N")[..8];

        for (var i = 0; i < Searches; i++)
        {
            await AssertBody(await SendAsync($"/getRestaurant?Location={place}-{i}", token), HttpStatusCode.OK, answer);
        }

        var cached = host.Api.Services.GetRequiredService<LunchgateAnswerCache>().Statistics;
        var fits = RestaurantCacheHost.CacheSizeLimit / AnswerBytes;
        Assert.InRange(cached.CurrentEstimatedSize!.Value, AnswerBytes, RestaurantCacheHost.CacheSizeLimit);
        Assert.InRange(cached.CurrentEntryCount, 1, fits);

        // Searched again, at most the answers that fit are found in the cache; the others are asked for again.
        var asked = await UpstreamProbe.SettledLogCountAsync(host.Upstream);
        for (var i = 0; i < Searches; i++)
        {
            await AssertBody(await SendAsync($"/getRestaurant?Location={place}-{i}", token), HttpStatusCode.OK, answer);
        }

        Assert.InRange(await UpstreamProbe.SettledLogCountAsync(host.Upstream) - asked, Searches - fits, Searches);
        Assert.InRange(host.Api.Services.GetRequiredService<LunchgateAnswerCache>().Statistics.CurrentEstimatedSize!.Value, 0, RestaurantCacheHost.CacheSizeLimit);
    }

    private async Task<HttpResponseMessage> SendAsync(string uri, string token)
    {
        using var request = RelayWire.Request(HttpMethod.Get, uri, token);
        return await Client.SendAsync(request);
    }
}

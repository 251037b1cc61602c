using System.Net;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams.Lunchgate;

/// <summary>Spec 8.1–8.3 on the default test host, whose Lunchgate is the Development sandbox.</summary>
public sealed class LunchgateTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Subscriber_955_gets_the_spec_examples()
    {
        var token = await TokenOf("jorge");

        await AssertBody(await GetAsync("/getRestaurant?Location=Basel&Keywords=spanisch", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
        await AssertBody(await GetAsync("/getRestaurantMenu?Restaurant_ID=624", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "menu"));
        await AssertBody(await GetAsync("/getRestaurantMenu?restaurant_id=624&Day=1&Limit=50", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "menu"));
        await AssertBody(await GetAsync("/getRestaurantProfile?Restaurant_ID=624", token), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "profile"));
    }

    [Theory]
    [InlineData("/getRestaurant?Keywords=spanisch")]
    [InlineData("/getRestaurant?Location=Basel")]
    public async Task Either_Location_or_Keywords_is_enough(string uri)
    {
        await AssertBody(await GetAsync(uri, await TokenOf("jorge")), HttpStatusCode.OK, RelayWire.Example("Lunchgate", "search"));
    }

    [Theory]
    [InlineData("/getRestaurant")]
    [InlineData("/getRestaurant?Location=&Keywords=")]
    [InlineData("/getRestaurant?Location=Basel%00")]
    [InlineData("/getRestaurant?Keywords=a%0Ab")]
    [InlineData("/getRestaurant?Keywords=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("/getRestaurantMenu")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=abc")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=0")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=-624")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Day=-1")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Day=7")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Day=x")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Limit=0")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Limit=51")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Limit=99999999999")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624&Limit=1.5")]
    [InlineData("/getRestaurantProfile")]
    [InlineData("/getRestaurantProfile?Restaurant_ID=1e3")]
    public async Task Missing_or_malformed_parameters_get_401_Bad_parameters(string uri)
    {
        await AssertBody(await GetAsync(uri, await TokenOf("jorge")), HttpStatusCode.Unauthorized, RelayWire.BadParameters);
    }

    [Theory]
    [InlineData("/getRestaurant?Location=Basel")]
    [InlineData("/getRestaurantMenu?Restaurant_ID=624")]
    [InlineData("/getRestaurantProfile?Restaurant_ID=624")]
    public async Task Only_subscribers_of_the_active_service_are_answered(string uri)
    {
        await AssertBody(await GetAsync(uri, await TokenOf("demo.vzug")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, await TokenOf("lindau.admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, await TokenOf("admin")), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, null), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
        await AssertBody(await GetAsync(uri, new string('x', 40)), HttpStatusCode.BadRequest, RelayWire.Unauthorized);

        var jorge = await TokenOf("jorge");
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE services SET active = 0 WHERE upstream = 'Lunchgate'");
        }

        await AssertBody(await GetAsync(uri, jorge), HttpStatusCode.BadRequest, RelayWire.Unauthorized);
    }

    private async Task<HttpResponseMessage> GetAsync(string uri, string? token)
    {
        using var request = RelayWire.Request(HttpMethod.Get, uri, token);
        return await Client.SendAsync(request);
    }
}

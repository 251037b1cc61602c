using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>
/// A flat or building of another BP costs exactly what one that does not exist costs: the same database statements, in
/// the same order (ADR 20), read from the request's own trace (a <c>traceparent</c> the test chooses).
/// </summary>
public sealed class OutOfReachCostTests(MspApiFactory api) : RealEstateApiTest(api)
{
    public static TheoryData<string, string, string, string> Requests => new()
    {
        { "POST", "/flat/update", "flatID=2&floor=4", "flatID=999&floor=4" },
        { "DELETE", "/flat/delete", "flatID=1", "flatID=999" },
        { "DELETE", "/flat/delete", "flatID=2", "flatID=999" },
        { "POST", "/flat/create", Create("1"), Create("999") },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Another_BP_s_row_and_a_missing_one_run_the_same_statements(string method, string path, string otherBp, string missing)
    {
        var token = await TokenOf("vzug.admin");
        await StatementsOf(method, path, missing, token);

        var forOtherBp = await StatementsOf(method, path, otherBp, token);
        var forMissing = await StatementsOf(method, path, missing, token);

        Assert.NotEmpty(forMissing);
        Assert.Equal(forMissing, forOtherBp);
    }

    private static string Create(string buildingId) =>
        $"Building_id={buildingId}&Country=CH&City=Winterthur&Street_name=Markt&Street_number=12&postcode=8400&Apartment_number=3";

    private async Task<List<string>> StatementsOf(string method, string path, string form, string token)
    {
        var trace = ActivityTraceId.CreateRandom();
        var statements = new ConcurrentQueue<(DateTime Start, string Sql)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Msp" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace && activity.GetTagItem("db.query.text") is string sql)
                {
                    statements.Enqueue((activity.StartTimeUtc, sql));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await Client.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        return statements.OrderBy(s => s.Start).Select(s => s.Sql).ToList();
    }
}

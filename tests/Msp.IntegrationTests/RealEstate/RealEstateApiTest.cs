using System.Net.Http.Headers;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.RealEstate;

/// <summary>
/// The real-estate tests' common ground: docs/demo-data.md's residence R-100 (id 1) of BP 2 with building 1 "Haus A" and its flats
/// 1 (occupied: address 194 of user 955 points at it) and 2 (available), the documented bodies, authenticated requests
/// and rows added straight to the database.
/// </summary>
public abstract class RealEstateApiTest(MspApiFactory api) : ApiTest(api)
{
    public const string UnauthorizedClient = """{"error":"unauthorized_client"}""";

    public const string ClientNotAuthorized =
        """{"error":"unauthorized_client","error_description":"The client is not authorized to request an access token using this method"}""";

    public const string ClienteNotAuthorized =
        """{"error":"unauthorized_client","error_description":"The cliente is not authorized to request an access token using this method."}""";

    public const string NoFlatFound = """{"error":"No flat found"}""";

    public const string Ok = """{"msg":"ok"}""";

    public const string Residence = """{"id":"1","residence_number":"R-100","name":"Lindau Mitte","postcode":"8400","city":"Winterthur"}""";

    public const string HausA = """{"id":"1","residence_id":"1","name":"Haus A","street_name":"Markt","street_number":"12"}""";

    public const string Flat1 = """
        {"id":"1","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":1,"apartment_number":1,"letter":"","code":"R-100-A-1","size":85}
        """;

    public const string Flat2 = """
        {"id":"2","building_id":"1","country":"CH","state":"Zürich","city":"Winterthur","street_name":"Markt","street_number":"12","postcode":"8400","floor":2,"apartment_number":2,"letter":"","code":"R-100-A-2","size":72}
        """;

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string path, string? token) => SendAsync(HttpMethod.Get, path, token);

    protected Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Post, path, token, Form(fields));

    protected Task<HttpResponseMessage> DeleteAsync(string path, string? token, params (string Name, string Value)[] fields) =>
        SendAsync(HttpMethod.Delete, path, token, Form(fields));

    protected async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Api.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    protected async Task<T> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Api.OpenAsync();
        return (await connection.QuerySingleAsync<T>(sql, parameters))!;
    }

    /// <summary>A residence of <paramref name="partnerId"/> with its number and name; answers its id.</summary>
    protected async Task<long> AddResidenceAsync(long partnerId, string number, string name)
    {
        await ExecuteAsync(
            """
            INSERT INTO residences (partner_id, residence_number, name, postcode, city, created_at, updated_at)
            VALUES (@PartnerId, @Number, @Name, '8307', 'Lindau', @Now, @Now)
            """,
            new { PartnerId = partnerId, Number = number, Name = name, Now = DateTime.UtcNow });
        return await QueryAsync<long>("SELECT id FROM residences WHERE partner_id = @PartnerId AND residence_number = @Number", new { PartnerId = partnerId, Number = number });
    }

    /// <summary>A building of the residence; answers its id.</summary>
    protected async Task<long> AddBuildingAsync(long partnerId, long residenceId, string name)
    {
        await ExecuteAsync(
            """
            INSERT INTO buildings (partner_id, residence_id, name, street_name, street_number, created_at, updated_at)
            VALUES (@PartnerId, @ResidenceId, @Name, 'Dorfstrasse', '1', @Now, @Now)
            """,
            new { PartnerId = partnerId, ResidenceId = residenceId, Name = name, Now = DateTime.UtcNow });
        return await QueryAsync<long>("SELECT MAX(id) FROM buildings");
    }

    /// <summary>A flat of the building (of BP <paramref name="partnerId"/>); answers its id.</summary>
    protected async Task<long> AddFlatAsync(long partnerId, long buildingId, int apartmentNumber)
    {
        await ExecuteAsync(
            """
            INSERT INTO flats (partner_id, building_id, country, state, city, street_name, street_number, postcode, floor,
                apartment_number, letter, code, size, created_at, updated_at)
            VALUES (@PartnerId, @BuildingId, 'CH', 'Zürich', 'Lindau', 'Dorfstrasse', '1', '8307', 0, @ApartmentNumber, '', '', NULL, @Now, @Now)
            """,
            new { PartnerId = partnerId, BuildingId = buildingId, ApartmentNumber = apartmentNumber, Now = DateTime.UtcNow });
        return await QueryAsync<long>("SELECT MAX(id) FROM flats");
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using Dapper;
using Msp.Infrastructure.Addresses;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Hardware;

/// <summary>
/// What the hardware tests share. docs/demo-data.md: address 194 of user 955 (jorge, BP 2, subscribed to services 3–8) holds the
/// ISG <c>AA:BB:CC:00:09:55</c> (IP 8.8.8.8), the SMB boxes <c>11:11:22:33:44:99</c>, <c>…:77</c>, <c>…:88</c> (smb1–3)
/// and the phone <c>AA:BB:CC:00:19:55</c> with a SIP account; docman (910) serves service 3, comlite (911) service 4;
/// user 1154 is subscribed to nothing, so no service reaches it.
/// </summary>
public abstract class HardwareTest(MspApiFactory api) : ApiTest(api)
{
    protected const string Ok = """{"msg":"OK"}""";

    protected const string UnauthorizedClient = """{"error":"unauthorized_client"}""";

    protected const string MissingParameters = """{"msg":"Missing parameters"}""";

    protected const string BadParameters = """{"msg":"Bad parameters"}""";

    protected const long JorgeHome = 194;

    /// <summary>The fake clock's now as the wire shows record times (UTC, to the second).</summary>
    protected string WireNow => Api.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    protected async Task<HttpResponseMessage> GetAsync(string uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    protected async Task<HttpResponseMessage> PostAsync(string uri, string? token, params (string Name, string Value)[] form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Form(form) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>
    /// A second address, of <paramref name="ownerId"/>, with an ISG and the given SMB1 box (canonical MACs, as stored),
    /// registered in device_macs as address writes register them.
    /// </summary>
    protected async Task<long> InsertAddressAsync(long ownerId, string isgMac, string smb1Mac = "")
    {
        await using var connection = await Api.OpenAsync();
        var now = Api.Clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(
            """
            INSERT INTO addresses (account_id, name, street_address, city, isg_ip, isg_mac, smb1_mac, created_at, updated_at)
            VALUES (@OwnerId, 'Test', 'Teststrasse', 'Zug', '1.2.3.4', @IsgMac, @Smb1Mac, @Now, @Now)
            """,
            new { OwnerId = ownerId, IsgMac = isgMac, Smb1Mac = smb1Mac, Now = now });
        var id = await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM addresses");
        await connection.ExecuteAsync(DeviceMacRegistry.RegisterSql, new { AddressId = id });
        return id;
    }

    /// <summary>A slot's MAC, status and status date as stored, e.g. <c>Slot(194, "smb1")</c>.</summary>
    protected async Task<(string Mac, long Status, DateTime? StatusDate)> SlotAsync(long addressId, string prefix)
    {
        await using var connection = await Api.OpenAsync();
        var row = await connection.QuerySingleAsync(
            $"SELECT {prefix}_mac AS Mac, {prefix}_mac_status AS Status, {prefix}_mac_status_date AS StatusDate FROM addresses WHERE id = @Id",
            new { Id = addressId });
        return ((string)row.Mac, Convert.ToInt64(row.Status, CultureInfo.InvariantCulture), Time(row.StatusDate));
    }

    protected async Task<(string Ip, DateTime? UpdatedAt)> IsgIpAsync(long addressId)
    {
        await using var connection = await Api.OpenAsync();
        var row = await connection.QuerySingleAsync("SELECT isg_ip AS Ip, updated_isg_at AS UpdatedAt FROM addresses WHERE id = @Id", new { Id = addressId });
        return ((string)row.Ip, Time(row.UpdatedAt));
    }

    /// <summary>A stored time as SQLite (text) or SQL Server (a DateTime) gives it back.</summary>
    private static DateTime? Time(object? value) => value switch
    {
        null => null,
        DateTime time => time,
        _ => DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}

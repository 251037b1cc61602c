namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>
/// docs/demo-data.md "Places and hardware": the SIP account of the phone <c>AA:BB:CC:00:19:55</c> at user 955's home (address
/// 194, <see cref="DemoPlaces"/>, which also holds the ISG, the SMB boxes and the phone's slot). The seeder registers
/// every demo address's MACs in <c>device_macs</c> from the rows inserted, so the demo data keeps a MAC at one address
/// (ADR 26).
/// </summary>
internal static class DemoHardware
{
    public const string InsertSipAccountSql = """
        INSERT INTO sip_accounts (account_id, username, domain, proxy, phone_mac, phone_mac_model, status, created_at, updated_at)
        VALUES (@AccountId, @Username, @Domain, @Proxy, @PhoneMac, @PhoneMacModel, @Status, @Now, @Now)
        """;

    public static object[] SipAccounts(DateTime now) =>
    [
        new
        {
            AccountId = 955L,
            Username = "41783338763",
            Domain = "sip.lindaufiber.ch",
            Proxy = "proxy.lindaufiber.ch:5060",
            PhoneMac = "AA:BB:CC:00:19:55",
            PhoneMacModel = "GXP1610",
            Status = 1,
            Now = now,
        },
    ];
}

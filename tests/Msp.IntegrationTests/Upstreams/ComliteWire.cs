using System.Text;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>What MSP sends Comlite and what Comlite answers (docs/upstreams.md), and what MSP answers the end user.</summary>
internal static class ComliteWire
{
    /// <summary>HTTP Basic with service 4's <c>admin</c> / <c>admin_password</c> of the demo data.</summary>
    public static readonly string Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("comlite-admin:comlite-admin-secret"));

    /// <summary>Spec 4.1's example, which Comlite sends and MSP relays as is.</summary>
    public const string Terminals = """{"status":{"status":"ok","terminals":[{"id":"33","mac":"aaaaaaaaaaaa","model":"GXP1610"}]}}""";

    public const string UserNotFound = """{"status":{"msg":"User not found"}}""";

    public const string Unauthorized = """{"error":"unauthorized_client"}""";

    public const string SomethingWentWrong = """{"error":"Something went wrong. Please try again later."}""";
}

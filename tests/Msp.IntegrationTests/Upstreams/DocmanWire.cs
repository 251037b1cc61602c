using System.Text;
using Msp.Application.Common.Requests;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>The Docman bodies of spec 5 and 10 (docs/contract.md §4), what MSP sends Docman, and the two services' routes.</summary>
internal static class DocmanWire
{
    /// <summary>Spec 5.1's example, which Docman sends, MSP relays and the sandbox answers.</summary>
    public static readonly string Contacts = OperationExamples.Text(typeof(Msp.Application.Upstreams.Docman.GetContact.GetContactAnswers));

    public const string SandboxTrees = """
        {"status":"ok","usertree":[{"id":"1","name":"Hausordnung","type":"document","item_id":"1"}],"repotree":[{"id":"2","name":"Wohninfos","type":"category","item_id":"2","children":[]}]}
        """;

    public const string SandboxNotifications = """
        {"status":"ok","notifications":[{"id":"1","title":"Wartung Lift","description":"Der Lift ist am Montag von 8 bis 12 Uhr ausser Betrieb.","date":"2016-08-12 09:00:00"}]}
        """;

    public const string ContactNotSet = """{"msg":"Contact not set","status":"error","code":-1}""";

    public const string NotManagerId = """{"msg":"not manager id","status":"error","code":-3}""";

    public const string DocIdNotCorrect = """{"msg":"doc_id not correct","status":"error","code":"-2"}""";

    public const string FileNotFound = """{"msg":"file not found","status":"error","code":-3}""";

    public const string ItemIdNotCorrect = """{"status":"error","msg":"item_id not correct","code":-2}""";

    public const string Unauthorized = """{"error":"Unauthorized_client"}""";

    public const string AvatarUnauthorized = """{"error":"Unauthorized client"}""";

    public const string SomethingWentWrong = """{"error":"Something went wrong. Please try again later."}""";

    /// <summary>HTTP Basic with service 3's <c>admin</c> / <c>admin_password</c> of the demo data.</summary>
    public static readonly string DocmanAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("69cff6c7ca7b779b8c285a633a783a16:c46f835677bfb4899117c3bf068e5b1a"));

    /// <summary>Route prefix, service record id: Docman (spec 5) and SW Docman (spec 10).</summary>
    public static TheoryData<string, int> Services => new() { { "", 3 }, { "/sw", 8 } };
}

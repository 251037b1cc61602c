using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// Every answer each route documents (CONTRACT.md §1 and §4, ADR 6 and 9 for bad input), written out as the wire
/// carries it: failures as whole bodies, successes as their status and top-level properties in order, pages as their
/// status and heading. A route the host maps but this table does not list fails the sweep: a new route brings its
/// answers with it.
/// </summary>
internal static partial class DocumentedAnswers
{
    public const string MethodNotAllowed = """{"error":"Method not allowed"}""";

    public const string Unexpected = """{"error":"Something went wrong. Please try again later."}""";

    private const string UnauthorizedClient = """{"error":"unauthorized_client"}""";

    private const string MissingParameters = """{"msg":"Missing parameters"}""";

    private const string BadParameters = """{"msg":"Bad parameters"}""";

    private const string Ok = """{"msg":"ok"}""";

    private const string ClienteUnauthorized =
        """{"error":"unauthorized_client","error_description":"The cliente is not authorized to request an access token using this method."}""";

    private const string NoGroupFound = """{"msg":"No group found"}""";

    private const string NoMatch = """{"msg":"The credentials you entered did not match our records"}""";

    /// <summary>The answer past a limit or quota (CONTRACT.md §3, ADR 15), with its Retry-After.</summary>
    private const string TooManyRequests = """{"error":"Too many requests. Please try again later."}""";

    /// <summary>The methods that reach an operation (CONTRACT.md §1: any of them, for any operation); the others get the 405.</summary>
    private static readonly string[] OperationMethods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    private static readonly string[] ListKeys = ["data"];

    private static readonly string[] PagedListKeys = ["data", "iterator"];

    private static readonly string[] LoginKeys =
        ["access_token", "refresh_token", "validUntil", "deviceSessionId", "user_info", "available_languages", "url_test", "available_services", "categories"];

    private const string DocmanUnauthorized = """{"error":"Unauthorized_client"}""";

    /// <summary>Spec 5.x, the same for the SW Docman twins of spec 10.x (CONTRACT.md §4).</summary>
    private static readonly Dictionary<string, RouteAnswers> Docman = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/getContact"] = new([(400, DocmanUnauthorized), (429, TooManyRequests)], Successes: [(200, ["status", "contacts"])]),
        ["/getContactAvatar"] = new(
            [(400, """{"error":"Unauthorized client"}"""), (200, """{"msg":"Contact not set","status":"error","code":-1}"""), (200, """{"msg":"not manager id","status":"error","code":-3}"""), (429, TooManyRequests)]),
        ["/getDocInfo"] = new(
            [(400, DocmanUnauthorized), (200, """{"msg":"doc_id not correct","status":"error","code":"-2"}"""), (200, """{"msg":"file not found","status":"error","code":-3}"""), (429, TooManyRequests)]),
        ["/getDocsInfo"] = new([(400, DocmanUnauthorized), (429, TooManyRequests)], Successes: [(200, ["status", "usertree", "repotree"])]),
        ["/getImage"] = new([(400, DocmanUnauthorized), (200, """{"status":"error","msg":"item_id not correct","code":-2}"""), (429, TooManyRequests)]),
        ["/getNotifications"] = new([(400, DocmanUnauthorized), (429, TooManyRequests)], Successes: [(200, ["status", "notifications"])]),
    };

    private const string IdNotFound = """{"status":{"status":"error","code":"-2","msg":"id not found"}}""";

    private static readonly (int Status, string Body)[] RestaurantFailures = [(400, UnauthorizedClient), (401, """{"msg":"Bad parameters"}"""), (429, TooManyRequests)];

    private static readonly (int Status, string Body)[] MyVpnFailures = [(400, UnauthorizedClient), (200, IdNotFound), (429, TooManyRequests)];

    private const string SiteAccessDenied = """{"msg":"Site access denied"}""";

    private const string UserIdFieldNotFound = """{"msg":"User_id field not found"}""";

    private static readonly string[] InvoiceKeys = ["id", "number", "period_from", "period_to", "amount", "vat", "currency", "status", "created_at"];

    /// <summary>Spec 6.30/6.31: <c>[]</c>, or nobody to push to (CONTRACT.md §3).</summary>
    private static readonly RouteAnswers Push = new(
        [(200, "[]"), (200, """{"error":"error","error_description":"no members in this group."}"""), (400, ClienteUnauthorized), (400, MissingParameters), (400, BadParameters), (429, TooManyRequests)]);

    private static readonly RouteAnswers UserStatus = new(
        [(200, Ok), (400, UnauthorizedClient), (403, """{"msg":"User not allowed"}"""), (404, """{"msg":"Not found"}""")]);

    private static readonly RouteAnswers UserFields = new(
        [(200, """{"msg":"Ok"}"""), (400, UnauthorizedClient), (401, MissingParameters), (402, BadParameters), (403, """{"msg":"invalid access"}"""), (429, TooManyRequests)]);

    private const string ServiceNotFound = """{"msg":"Service not found"}""";

    private const string ClientNotAuthorized =
        """{"error":"unauthorized_client","error_description":"The client is not authorized to request an access token using this method"}""";

    private const string NoFlatFound = """{"error":"No flat found"}""";

    /// <summary>Spec 6.9/6.13: flatCreate's and flatUpdate's failures (CONTRACT.md §3, ADR 20).</summary>
    private static readonly (int Status, string Body)[] FlatWriteFailures =
    [
        (200, MissingParameters), (400, BadParameters), (400, ClientNotAuthorized), (404, """{"msg":"No building found"}"""),
        (404, """{"msg":"No city found"}"""),
    ];

    private static readonly RouteAnswers FlatList = new([(400, ClientNotAuthorized), (404, NoFlatFound)], Successes: [(200, ListKeys), (200, PagedListKeys)]);

    private static readonly string[] ResidenceKeys = ["id", "residence_number", "name", "postcode", "city"];

    private static readonly RouteAnswers UserServiceSwitch = new(
        [(200, Ok), (400, UnauthorizedClient), (403, """{"msg":"Site access denied"}"""), (403, """{"msg":"No user found"}"""), (404, ServiceNotFound)]);

    private static readonly Dictionary<string, RouteAnswers> ByPattern = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/address/create"] = new([(400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters)], Successes: [(200, ["data"])]),
        ["/address/delete"] = new([(200, Ok), (400, UnauthorizedClient), (404, """{"msg":"No address found"}""")]),
        ["/address/list"] = new([(400, UnauthorizedClient)], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/address/update"] = new([(200, Ok), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters), (403, """{"msg":"No address found "}""")]),
        ["/audit/list"] = new([(400, UnauthorizedClient), (400, BadParameters)], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/auth/login"] = new(
            [(400, """{"msg":"Please provide username."}"""), (400, """{"msg":"Please provide password."}"""), (401, """{"error":"Incorrect username or password."}"""), (403, NoMatch), (429, TooManyRequests)],
            Successes: [(200, LoginKeys)]),
        ["/auth/logout"] = new([(200, """{"msg":"Logout OK"}"""), (200, """{"msg":"Logout KO"}""")]),
        ["/auth/reset"] = new([(200, """{"msg":"OK"}"""), (403, """{"msg":"KO"}"""), (429, TooManyRequests)]),

        // The emailed link's page takes GET and POST only. An empty token leaves "/auth/reset/", which is /auth/reset (§1).
        ["/auth/reset/{token}"] = new(
            [(200, """{"msg":"OK"}"""), (403, """{"msg":"KO"}"""), (429, TooManyRequests)],
            Pages: [(200, "Choose a new password"), (400, "Choose a new password"), (200, "Password changed"), (410, "This link does not work")],
            Methods: ["GET", "POST"]),
        ["/building/list"] = new([(200, """{"data":[]}"""), (400, UnauthorizedClient)], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/changePassword"] = new([(200, """{"msg":"Ok"}"""), (400, UnauthorizedClient), (401, MissingParameters), (403, BadParameters)]),
        ["/checkHardware"] = new([(200, """{"msg":"OK"}"""), (200, """{"msg":"KO"}"""), (400, UnauthorizedClient), (401, """{"msg":"Missing parameters."}""")]),
        ["/comlite/getTerminals"] = new([(400, UnauthorizedClient), (200, """{"status":{"msg":"User not found"}}"""), (429, TooManyRequests)], Successes: [(200, ["status"])]),
        ["/email/send"] = new([(200, """{"status":"ok"}"""), (400, UnauthorizedClient), (403, "\"Invalid email\"")]),
        ["/flat/create"] = new(FlatWriteFailures, Successes: [(200, ["msg", "data"])]),
        ["/flat/delete"] = new([(200, Ok), (400, UnauthorizedClient), (403, """{"msg":"No address found "}"""), (404, NoFlatFound)]),
        ["/flat/listAvailable"] = FlatList,
        ["/flat/listOccupied"] = FlatList,
        ["/flat/update"] = new([(200, Ok), .. FlatWriteFailures, (404, NoFlatFound)]),
        ["/getActiveUsers"] = new(
            [(400, ClienteUnauthorized), (403, """{"msg":"No user found"}""")],
            Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/getBasicUserInfo"] = new([(400, UnauthorizedClient), (403, """{"msg":"no user found"}""")], Successes: [(200, ListKeys)]),
        ["/getBillingUserInfo"] = new([(400, UnauthorizedClient), (403, """{"msg":"No user found"}"""), (404, """{"msg":"No address found"}""")], Successes: [(200, ListKeys)]),
        ["/getGroupsBP"] = new([(400, UnauthorizedClient), (403, NoGroupFound)], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/getGroupsUser"] = new([(400, ClienteUnauthorized), (403, NoGroupFound)], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/getIP"] = new(
            [(400, """{"error":"unauthorized client"}"""), (400, MissingParameters), (403, SiteAccessDenied)],
            Successes: [(200, ["ip", "msg"])]),
        ["/getSIPInfo"] = new([(400, UnauthorizedClient), (403, """{"msg":"No user found"}""")], Successes: [(200, ["data"])]),
        ["/getSMB"] = new(
            [(400, """{"msg":"unauthorized_client"}"""), (401, """{"msg":"No SMB data found"}""")],
            Successes: [(200, ["list"]), (200, ["list", "iterator"])]),
        ["/getInstallationUserInfo"] = new([(400, UnauthorizedClient), (403, """{"msg":"No user found"}""")], Successes: [(200, ListKeys), (200, PagedListKeys)]),
        ["/getInvoice"] = new(
            [(401, UserIdFieldNotFound), (403, SiteAccessDenied), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters)],
            Successes: [(200, ["data"])]),
        ["/getInvoices"] = new([(401, UserIdFieldNotFound), (403, SiteAccessDenied), (400, UnauthorizedClient), (400, BadParameters)], ArrayOf: InvoiceKeys),
        ["/invoices/add-product"] = new([(200, Ok), (403, """{"msg":"site access denied"}"""), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters)]),
        ["/invoices/getBillingStatus"] = new([(400, UnauthorizedClient)], Successes: [(200, ["amount", "currency"])]),
        ["/sendPushGroup"] = Push,
        ["/sendPushNotification"] = Push,
        ["/getUserInfo"] = new(
            [(200, NoMatch)],
            Successes: [(200, ["validUntil", "deviceSessionId", "user_info", "subscribed_services", "available_services", "available_languages"])]),
        ["/refreshToken"] = new([(400, UnauthorizedClient), (400, """{"error":"The refresh token is invalid."}""")], Successes: [(200, ["newtoken", "newrefreshtoken", "validUntil"])]),
        ["/residence/list"] = new([(200, "[]"), (400, ClienteUnauthorized)], ArrayOf: ResidenceKeys),
        ["/residence/listFull"] = new([(200, "[]"), (400, ClienteUnauthorized)], ArrayOf: [.. ResidenceKeys, "buildings"]),
        ["/revokeToken"] = new([(200, """{"msg":"Access_denied: token is invalid"}"""), (200, NoMatch), (400, UnauthorizedClient)]),
        ["/sendSMS"] = new(
            [(200, """{"status":"ok","msg":"1 sms prepared"}"""), (200, """{"status":"error","msg":"empty mobil user"}"""), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters), (429, TooManyRequests)]),
        ["/setDeviceToken"] = new([(200, Ok), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters)]),
        ["/getRestaurant"] = new(RestaurantFailures, Relayed: [Upstreams.RelayWire.Example("Lunchgate", "search")]),
        ["/getRestaurantMenu"] = new(RestaurantFailures, Relayed: [Upstreams.RelayWire.Example("Lunchgate", "menu")]),
        ["/getRestaurantProfile"] = new(RestaurantFailures, Relayed: [Upstreams.RelayWire.Example("Lunchgate", "profile")]),
        ["/myentertainment/getContact"] = new([(400, UnauthorizedClient), (429, TooManyRequests)], Successes: [(200, ["status"])]),
        ["/myentertainment/getContactAvatar"] = new([(400, UnauthorizedClient), (429, TooManyRequests)]),
        ["/myentertainment/getCredentials"] = new([(400, UnauthorizedClient), (429, TooManyRequests)], Successes: [(200, ["status"])]),
        ["/myvpn/getCamsByUser"] = new(MyVpnFailures, Relayed: [Upstreams.RelayWire.Example("MyVpn", "cams")]),
        ["/myvpn/getCertificates"] = new(
            [(400, UnauthorizedClient), (200, IdNotFound), (400, MissingParameters), (400, BadParameters), (429, TooManyRequests)],
            Relayed: [Upstreams.RelayWire.Example("MyVpn", "certificates")]),
        ["/myvpn/getContact"] = new([(400, UnauthorizedClient), (429, TooManyRequests)], Successes: [(200, ["status"])]),
        ["/myvpn/getContactAvatar"] = new([(400, UnauthorizedClient), (429, TooManyRequests)]),
        ["/myvpn/setCamServiceByUser"] = new(MyVpnFailures, Relayed: [Upstreams.RelayWire.Example("MyVpn", "set")]),
        ["/myvpn/unsetCamServiceByUser"] = new(MyVpnFailures, Relayed: [Upstreams.RelayWire.Example("MyVpn", "unset")]),
        ["/services/disable"] = new(
            [(200, """{"msg":"Service disabled"}"""), (400, UnauthorizedClient), (402, """{"msg":"Service already disabled"}"""), (404, ServiceNotFound)]),
        ["/services/disableforUser"] = UserServiceSwitch,
        ["/services/enable"] = new([(200, Ok), (400, UnauthorizedClient), (402, """{"msg":"Service already enabled"}"""), (404, ServiceNotFound)]),
        ["/services/enableforUser"] = UserServiceSwitch,
        ["/updateIP"] = new([(200, """{"msg":"OK"}"""), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters), (402, """{"msg":"Invalid ISG MAC"}""")]),
        ["/updateMACstatus"] = new([(200, """{"msg":"OK"}"""), (400, UnauthorizedClient), (400, MissingParameters), (400, BadParameters), (403, """{"msg":"MAC not found"}""")]),
        ["/users/active/{userID?}"] = UserStatus,
        ["/users/delete/{userID?}"] = UserStatus,
        ["/users/disable/{userID?}"] = UserStatus,
        ["/users/register"] = UserFields,
        ["/users/update"] = UserFields,
        ["/users/validate-end-user"] = new([(200, """{"msg":"OK"}"""), (200, """{"status":"403"}"""), (400, UnauthorizedClient)]),
    };

    static DocumentedAnswers()
    {
        foreach (var (pattern, answers) in Docman)
        {
            ByPattern.Add(pattern, answers);
            ByPattern.Add("/sw" + pattern, answers);
        }
    }

    public static bool Lists(RouteUnderTest route) => ByPattern.ContainsKey(route.Pattern);

    /// <summary>Every route pattern with its documented failure bodies, for the check of the OpenAPI document.</summary>
    public static IEnumerable<(string Pattern, (int Status, string Body)[] Failures)> FailuresByPattern =>
        ByPattern.Select(route => (route.Key, route.Value.Failures));

    /// <summary>Why the answer is not one the route documents for the method, or null when it is.</summary>
    public static string? Problem(RouteUnderTest route, HttpMethod method, int status, string? mediaType, string body)
    {
        if (!ByPattern.TryGetValue(route.Pattern, out var answers))
        {
            return "a route without documented answers in DocumentedAnswers";
        }

        if (!answers.Methods.Contains(method.Method, StringComparer.OrdinalIgnoreCase))
        {
            // HEAD answers carry no body; the status and the media type still have to be the 405's.
            var headOk = method == HttpMethod.Head && body.Length == 0 && status == 405;
            return headOk || (status == 405 && SameJson(body, MethodNotAllowed)) ? null : "not the 405 body for a method no operation takes";
        }

        if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase))
        {
            var heading = Heading().Match(body);
            return heading.Success && answers.Pages.Contains((status, heading.Groups[1].Value)) ? null : "not a documented page";
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // ResponseRules reports a body that is not JSON.
        }

        if (answers.Failures.Any(f => f.Status == status && JsonNode.DeepEquals(json, JsonNode.Parse(f.Body))))
        {
            return null;
        }

        return answers.Successes.Any(s => s.Status == status && json is JsonObject success && success.Select(p => p.Key).SequenceEqual(s.Keys))
            || (status == 200 && answers.Relayed.Any(relayed => JsonNode.DeepEquals(json, JsonNode.Parse(relayed))))
            || (answers.ArrayOf is { } keys && status == 200 && json is JsonArray items
                && items.All(i => i is JsonObject item && item.Select(p => p.Key).SequenceEqual(keys)))
            ? null
            : "not a documented answer of the route";
    }

    private static bool SameJson(string body, string expected)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(expected));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex Heading();

    /// <summary>
    /// A route's documented failures (whole bodies), successes (status and top-level properties), HTML pages (status and
    /// heading), and the methods that reach it (every operation method, unless it says otherwise). A relay whose success
    /// is "the upstream's object" (CONTRACT.md §4, 8.x and 9.x) answers 200 with exactly what the sweep's host relays, the
    /// sandbox upstream's example (<see cref="Relayed"/>). A list documented as a bare array (<see cref="ArrayOf"/>)
    /// answers 200 with an array of objects of those properties.
    /// </summary>
    private sealed record RouteAnswers(
        (int Status, string Body)[] Failures,
        (int Status, string[] Keys)[]? Successes = null,
        (int Status, string Heading)[]? Pages = null,
        string[]? Methods = null,
        string[]? Relayed = null,
        string[]? ArrayOf = null)
    {
        public string[] Relayed { get; } = Relayed ?? [];

        public string[] Methods { get; } = Methods ?? OperationMethods;

        public (int Status, string[] Keys)[] Successes { get; } = Successes ?? [];

        public (int Status, string Heading)[] Pages { get; } = Pages ?? [];
    }
}

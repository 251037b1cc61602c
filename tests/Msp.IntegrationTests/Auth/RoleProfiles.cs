using System.Text.Json.Nodes;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// What login and getUserInfo answer the callers other than end users (docs/demo-data.md): the partner admin 920, the service
/// 910 and the msp admin 1. The services are those a caller may see (its BP's, its own, all), none usable, since
/// none of these callers is subscribed, and never with the service secrets. Each call answers a fresh node.
/// </summary>
internal static class RoleProfiles
{
    /// <summary>Services 3–8 of docs/demo-data.md as the wire carries them to a caller not subscribed to them.</summary>
    private static readonly string[] Services =
    [
        """
        {"id":"3","name":"Dokumente","params":"","admin_url":"https://docman.livingservices.com/index.php/","type":"1","created_at":"2015-05-14 10:48:04","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/eccbc87e4b5ce2fe28308fd9f2a7baf3.png","webview_url":"https://docman.livingservices.com:8086/","doc_url":"https://docman.livingservices.com:8086/swagger/","active":"1","user_id":"910","managername":"Docman","category_id":12,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_eccbc87e4b5ce2fe28308fd9f2a7baf3.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_eccbc87e4b5ce2fe28308fd9f2a7baf3.png","available_in_web":"0","api_url":"https://docman.livingservices.com:8086/","subscription":"0","address_specific":"0","usable":false}
        """,
        """
        {"id":"4","name":"Telefonie","params":"","admin_url":"https://comlite.example/admin/","type":"1","created_at":"2015-06-02 09:00:00","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/a87ff679a2f3e71d9181a67b7542122c.png","webview_url":"https://comlite.example/api/","doc_url":"https://comlite.example/api/swagger/","active":"1","user_id":"911","managername":"Comlite","category_id":13,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_a87ff679a2f3e71d9181a67b7542122c.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_a87ff679a2f3e71d9181a67b7542122c.png","available_in_web":"0","api_url":"https://comlite.example/api/","subscription":"0","address_specific":"0","usable":false}
        """,
        """
        {"id":"5","name":"My Entertainment","params":"","admin_url":"https://entertainment.example/admin/","type":"1","created_at":"2016-01-11 08:30:00","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/e4da3b7fbbce2345d7772b0674a318d5.png","webview_url":"https://entertainment.example/api/","doc_url":"https://entertainment.example/api/swagger/","active":"1","user_id":null,"managername":"My Entertainment","category_id":14,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_e4da3b7fbbce2345d7772b0674a318d5.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_e4da3b7fbbce2345d7772b0674a318d5.png","available_in_web":"0","api_url":"https://entertainment.example/api/","subscription":"0","address_specific":"0","usable":false}
        """,
        """
        {"id":"6","name":"My Restaurant","params":"","admin_url":"https://lunchgate.example/admin/","type":"1","created_at":"2016-02-03 12:00:00","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/1679091c5a880faf6fb5e6087eb1b2dc.png","webview_url":"https://lunchgate.example/api/","doc_url":"https://lunchgate.example/api/swagger/","active":"1","user_id":null,"managername":"Lunchgate","category_id":14,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_1679091c5a880faf6fb5e6087eb1b2dc.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_1679091c5a880faf6fb5e6087eb1b2dc.png","available_in_web":"0","api_url":"https://lunchgate.example/api/","subscription":"0","address_specific":"0","usable":false}
        """,
        """
        {"id":"7","name":"My VPN","params":"","admin_url":"https://myvpn.example/admin/","type":"1","created_at":"2016-03-07 15:45:00","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/8f14e45fceea167a5a36dedd4bea2543.png","webview_url":"https://myvpn.example/api/","doc_url":"https://myvpn.example/api/swagger/","active":"1","user_id":null,"managername":"My VPN","category_id":15,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_8f14e45fceea167a5a36dedd4bea2543.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_8f14e45fceea167a5a36dedd4bea2543.png","available_in_web":"0","api_url":"https://myvpn.example/api/","subscription":"0","address_specific":"0","usable":false}
        """,
        """
        {"id":"8","name":"SW Dokumente","params":"","admin_url":"https://sw-docman.example/index.php/","type":"1","created_at":"2016-04-19 10:00:00","updated_at":"2016-07-27 07:10:38","image":"http://esp-development.streamnow.ch/img/services/c9f0f895fb98ab9159f51fd0297e236d.png","webview_url":"https://sw-docman.example:8086/","doc_url":"https://sw-docman.example:8086/swagger/","active":"1","user_id":null,"managername":"SW Docman","category_id":12,"device_type":"3","description":"","smart_image":"http://esp-development.streamnow.ch/img/services/smart_c9f0f895fb98ab9159f51fd0297e236d.png","internal_use":"0","currency":"3","vat":"1.00","available_in_app":"1","in_wall":"1","in_wall_image":"http://esp-development.streamnow.ch/img/services/inwall_c9f0f895fb98ab9159f51fd0297e236d.png","available_in_web":"0","api_url":"https://sw-docman.example:8086/","subscription":"0","address_specific":"0","usable":false}
        """,
    ];

    /// <summary>Categories 12–15 of docs/demo-data.md.</summary>
    private static readonly string[] Categories =
    [
        """
        {"id":"12","parent_id":null,"name":"Wohninfos","image":"http://esp-development.streamnow.ch/img/categories/c20ad4d76fe97759aa27a0c99bff6710.png","active":"1","smart_image":"http://esp-development.streamnow.ch/img/categories/smartc20ad4d76fe97759aa27a0c99bff6710.png","in_wall_image":"http://esp-development.streamnow.ch/img/categories/inwall_c20ad4d76fe97759aa27a0c99bff6710.png"}
        """,
        """
        {"id":"13","parent_id":null,"name":"Kommunikation","image":"http://esp-development.streamnow.ch/img/categories/c51ce410c124a10e0db5e4b97fc2af39.png","active":"1","smart_image":"http://esp-development.streamnow.ch/img/categories/smartc51ce410c124a10e0db5e4b97fc2af39.png","in_wall_image":"http://esp-development.streamnow.ch/img/categories/inwall_c51ce410c124a10e0db5e4b97fc2af39.png"}
        """,
        """
        {"id":"14","parent_id":null,"name":"Unterhaltung","image":"http://esp-development.streamnow.ch/img/categories/aab3238922bcc25a6f606eb525ffdc56.png","active":"1","smart_image":"http://esp-development.streamnow.ch/img/categories/smartaab3238922bcc25a6f606eb525ffdc56.png","in_wall_image":"http://esp-development.streamnow.ch/img/categories/inwall_aab3238922bcc25a6f606eb525ffdc56.png"}
        """,
        """
        {"id":"15","parent_id":null,"name":"Sicherheit","image":"http://esp-development.streamnow.ch/img/categories/9bf31c7ff062936a96d3c8bd1f8f2ff3.png","active":"1","smart_image":"http://esp-development.streamnow.ch/img/categories/smart9bf31c7ff062936a96d3c8bd1f8f2ff3.png","in_wall_image":"http://esp-development.streamnow.ch/img/categories/inwall_9bf31c7ff062936a96d3c8bd1f8f2ff3.png"}
        """,
    ];

    private static readonly Dictionary<string, string> UserInfos = new(StringComparer.Ordinal)
    {
        ["vzug.admin"] = """
            {"id":"920","name":"V-ZUG","lastname":"Admin","email":"admin@vzug.example","gender":"","username":"vzug.admin","default_address_id":null,"telephone":"","mobil":"","fax":"","status":"1","image":"","demo":"0","payment_allowed":"","partner":{"company":"V-ZUG","name":"V Zug","phone":"","email":"vzug@streamnow.ch","logo":"http://esp-development.streamnow.ch/img/users/4e2545f819e67f0615003dd7e04a6087.jpeg","background_image":"http://esp-development.streamnow.ch/img/partner/background4e2545f819e67f0615003dd7e04a6087.jpeg","background_smartphone_image":"http://esp-development.streamnow.ch/img/partner/background_smartphone4e2545f819e67f0615003dd7e04a6087.jpeg","font_color_top":"rgba(255,255,255,1)","color_top":"rgba(40,59,154,1)","font_color_service":"rgba(0,0,0,1)","font_color_bottom":"rgba(0,0,0,1)","smartphone_app_name":"","line_color_smartphone":"rgba(0,0,0,1)","font_color_smartphone":"rgba(0,0,0,1)","background_color_smartphone":"rgba(40,59,154,1)","background_color_wall_tablet":"","background_color_icon_smartphone":"rgba(0,0,0,1)","paid_services":false,"support_button":false,"url":"","footer_content":"","footer_active":false,"color_service":"","bar_button":null},"language":"de","bp_internal_number":""}
            """,
        ["docman"] = """
            {"id":"910","name":"Docman","lastname":"Service","email":"docman@services.example","gender":"","username":"docman","default_address_id":null,"telephone":"","mobil":"","fax":"","status":"1","image":"","demo":"0","payment_allowed":"","partner":null,"language":"de","bp_internal_number":""}
            """,
        ["admin"] = """
            {"id":"1","name":"MSP","lastname":"Admin","email":"admin@msp.example","gender":"","username":"admin","default_address_id":null,"telephone":"","mobil":"","fax":"","status":"1","image":"","demo":"0","payment_allowed":"","partner":null,"language":"en","bp_internal_number":""}
            """,
    };

    public static JsonObject UserInfo(string login) => JsonNode.Parse(UserInfos[login])!.AsObject();

    /// <summary>The services with these ids, in this order.</summary>
    public static JsonArray ServicesOf(params int[] ids) => new(ids.Select(id => JsonNode.Parse(Services[id - 3])).ToArray());

    /// <summary>The categories with these ids, in this order.</summary>
    public static JsonArray CategoriesOf(params int[] ids) => new(ids.Select(id => JsonNode.Parse(Categories[id - 12])).ToArray());
}

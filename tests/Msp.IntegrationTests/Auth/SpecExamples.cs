using System.Text.Json.Nodes;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// The spec's own example objects, copied from its text: login (3.1) and getUserInfo (6.23) for user 1097, the
/// partner of getBasicUserInfo (6.15) for user 955. The service drops <c>admin</c>, <c>admin_password</c> and
/// <c>secret_id</c>, which docs/contract.md §1 keeps from every response. Each call answers a fresh node.
/// </summary>
internal static class SpecExamples
{
    public static JsonObject DemoVzugUserInfo() => Parse("""
        {
          "id": "1097",
          "name": "Fam.",
          "lastname": "Muster  VZUG",
          "email": "demo.vzug@streamnow.ch",
          "gender": "male",
          "username": "demo.vzug",
          "default_address_id": null,
          "telephone": "",
          "mobil": "",
          "fax": "",
          "status": "1",
          "image": "http://esp-development.streamnow.ch/img/users/generic.jpg",
          "demo": "1",
          "payment_allowed": "",
          "partner": {
            "company": "V-ZUG",
            "name": "V Zug",
            "phone": "",
            "email": "vzug@streamnow.ch",
            "logo": "http://esp-development.streamnow.ch/img/users/4e2545f819e67f0615003dd7e04a6087.jpeg",
            "background_image": "http://esp-development.streamnow.ch/img/partner/background4e2545f819e67f0615003dd7e04a6087.jpeg",
            "background_smartphone_image": "http://esp-development.streamnow.ch/img/partner/background_smartphone4e2545f819e67f0615003dd7e04a6087.jpeg",
            "font_color_top": "rgba(255,255,255,1)",
            "color_top": "rgba(40,59,154,1)",
            "font_color_service": "rgba(0,0,0,1)",
            "font_color_bottom": "rgba(0,0,0,1)",
            "smartphone_app_name": "",
            "line_color_smartphone": "rgba(0,0,0,1)",
            "font_color_smartphone": "rgba(0,0,0,1)",
            "background_color_smartphone": "rgba(40,59,154,1)",
            "background_color_wall_tablet": "",
            "background_color_icon_smartphone": "rgba(0,0,0,1)",
            "paid_services": false,
            "support_button": false,
            "url": "",
            "footer_content": "",
            "footer_active": false,
            "color_service": "",
            "bar_button": null
          },
          "language": "de",
          "bp_internal_number": ""
        }
        """);

    public static JsonObject DokumenteService() => Parse("""
        {
          "id": "3",
          "name": "Dokumente",
          "params": "",
          "admin_url": "https://docman.livingservices.com/index.php/",
          "type": "1",
          "created_at": "2015-05-14 10:48:04",
          "updated_at": "2016-07-27 07:10:38",
          "image": "http://esp-development.streamnow.ch/img/services/eccbc87e4b5ce2fe28308fd9f2a7baf3.png",
          "webview_url": "https://docman.livingservices.com:8086/",
          "doc_url": "https://docman.livingservices.com:8086/swagger/",
          "active": "1",
          "user_id": "910",
          "managername": "Docman",
          "category_id": 12,
          "device_type": "3",
          "description": "",
          "smart_image": "http://esp-development.streamnow.ch/img/services/smart_eccbc87e4b5ce2fe28308fd9f2a7baf3.png",
          "internal_use": "0",
          "currency": "3",
          "vat": "1.00",
          "available_in_app": "1",
          "in_wall": "1",
          "in_wall_image": "http://esp-development.streamnow.ch/img/services/inwall_eccbc87e4b5ce2fe28308fd9f2a7baf3.png",
          "available_in_web": "0",
          "api_url": "https://docman.livingservices.com:8086/",
          "subscription": "0",
          "address_specific": "0",
          "usable": true
        }
        """);

    public static JsonObject WohninfosCategory() => Parse("""
        {
          "id": "12",
          "parent_id": null,
          "name": "Wohninfos",
          "image": "http://esp-development.streamnow.ch/img/categories/c20ad4d76fe97759aa27a0c99bff6710.png",
          "active": "1",
          "smart_image": "http://esp-development.streamnow.ch/img/categories/smartc20ad4d76fe97759aa27a0c99bff6710.png",
          "in_wall_image": "http://esp-development.streamnow.ch/img/categories/inwall_c20ad4d76fe97759aa27a0c99bff6710.png"
        }
        """);

    public static JsonArray Languages() => JsonNode.Parse("""
        [
          { "id": "1", "iso": "en", "name": "English" },
          { "id": "2", "iso": "es", "name": "Español" },
          { "id": "3", "iso": "de", "name": "Deutsch" },
          { "id": "4", "iso": "it", "name": "Italiano" },
          { "id": "5", "iso": "fr", "name": "Français" }
        ]
        """)!.AsArray();

    public static JsonObject LindauPartner() => Parse("""
        {
          "company": "lindaufiber",
          "name": "Gemeinde  Lindau",
          "phone": "+41 58 206 44 00",
          "email": "lindaufiber@streamnow.ch",
          "logo": "http://esp-development.streamnow.ch/img/users/1ce927f875864094e3906a4a0b5ece68.png",
          "background_image": "http://esp-development.streamnow.ch/img/partner/background1ce927f875864094e3906a4a0b5ece68.png",
          "background_smartphone_image": "http://esp-development.streamnow.ch/img/partner/background_smartphone1ce927f875864094e3906a4a0b5ece68.png",
          "font_color_top": "rgba(255,255,255,1)",
          "color_top": "rgba(29,153,29,1)",
          "font_color_service": "rgba(251,251,251,1)",
          "font_color_bottom": "rgba(1,1,1,1)",
          "smartphone_app_name": "LINDAUFIBER",
          "line_color_smartphone": "rgba(27,121,67,1)",
          "font_color_smartphone": "rgba(255,255,255,1)",
          "background_color_smartphone": "rgba(29,153,29,1)",
          "background_color_wall_tablet": "rgba(35,35,35,1)",
          "background_color_icon_smartphone": "rgba(27,121,67,1)",
          "paid_services": true,
          "support_button": false,
          "url": "www.lindaufiber.ch",
          "footer_content": " ",
          "footer_active": true,
          "color_service": "rgba(29,153,29,1)",
          "bar_button": { "color": "", "text": "", "url": "" }
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}

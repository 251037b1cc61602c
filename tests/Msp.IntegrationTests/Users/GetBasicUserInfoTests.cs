using Dapper;
using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Users;

public sealed class GetBasicUserInfoTests(MspApiFactory api) : UsersApiTest(api)
{
    private const string NoUserFound = """{"msg":"no user found"}""";

    /// <summary>The spec's 6.15 example, with the demo data's default address.</summary>
    internal const string Jorge = """
        {"data":{"id":"955","name":"Jorge","lastname":"Sanchez","email":"jorge.sanchez@casacom.ch","gender":"male",
        "username":"jorge","default_address_id":"194","telephone":"+41783338763","mobil":"+41783338763","fax":"",
        "status":"1","image":"http://esp-development.streamnow.ch/img/users/ef4e3b775c934dada217712d76f3d51f.jpg",
        "demo":"0","payment_allowed":"",
        "partner":{"company":"lindaufiber","name":"Gemeinde  Lindau","phone":"+41 58 206 44 00",
        "email":"lindaufiber@streamnow.ch",
        "logo":"http://esp-development.streamnow.ch/img/users/1ce927f875864094e3906a4a0b5ece68.png",
        "background_image":"http://esp-development.streamnow.ch/img/partner/background1ce927f875864094e3906a4a0b5ece68.png",
        "background_smartphone_image":"http://esp-development.streamnow.ch/img/partner/background_smartphone1ce927f875864094e3906a4a0b5ece68.png",
        "font_color_top":"rgba(255,255,255,1)","color_top":"rgba(29,153,29,1)","font_color_service":"rgba(251,251,251,1)",
        "font_color_bottom":"rgba(1,1,1,1)","smartphone_app_name":"LINDAUFIBER","line_color_smartphone":"rgba(27,121,67,1)",
        "font_color_smartphone":"rgba(255,255,255,1)","background_color_smartphone":"rgba(29,153,29,1)",
        "background_color_wall_tablet":"rgba(35,35,35,1)","background_color_icon_smartphone":"rgba(27,121,67,1)",
        "paid_services":true,"support_button":false,"url":"www.lindaufiber.ch","footer_content":" ","footer_active":true,
        "color_service":"rgba(29,153,29,1)","bar_button":{"color":"","text":"","url":""}},
        "language":"en","bp_internal_number":""}}
        """;

    [Fact]
    public async Task An_end_user_reads_itself_as_the_spec_prints_it()
    {
        var token = await TokenOf("jorge");
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", token), HttpStatusCode.OK, Jorge);
    }

    [Fact]
    public async Task A_partner_admin_reads_a_user_of_its_BP_with_the_BP_branding()
    {
        var token = await TokenOf("vzug.admin");
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=1097", token), HttpStatusCode.OK, """
            {"data":{"id":"1097","name":"Fam.","lastname":"Muster  VZUG","email":"demo.vzug@streamnow.ch","gender":"male",
            "username":"demo.vzug","default_address_id":null,"telephone":"","mobil":"","fax":"","status":"1",
            "image":"http://esp-development.streamnow.ch/img/users/generic.jpg","demo":"1","payment_allowed":"",
            "partner":{"company":"V-ZUG","name":"V Zug","phone":"","email":"vzug@streamnow.ch",
            "logo":"http://esp-development.streamnow.ch/img/users/4e2545f819e67f0615003dd7e04a6087.jpeg",
            "background_image":"http://esp-development.streamnow.ch/img/partner/background4e2545f819e67f0615003dd7e04a6087.jpeg",
            "background_smartphone_image":"http://esp-development.streamnow.ch/img/partner/background_smartphone4e2545f819e67f0615003dd7e04a6087.jpeg",
            "font_color_top":"rgba(255,255,255,1)","color_top":"rgba(40,59,154,1)","font_color_service":"rgba(0,0,0,1)",
            "font_color_bottom":"rgba(0,0,0,1)","smartphone_app_name":"","line_color_smartphone":"rgba(0,0,0,1)",
            "font_color_smartphone":"rgba(0,0,0,1)","background_color_smartphone":"rgba(40,59,154,1)",
            "background_color_wall_tablet":"","background_color_icon_smartphone":"rgba(0,0,0,1)",
            "paid_services":false,"support_button":false,"url":"","footer_content":"","footer_active":false,
            "color_service":"","bar_button":null},
            "language":"de","bp_internal_number":""}}
            """);
    }

    [Fact]
    public async Task A_bar_button_with_a_color_text_and_url_keeps_each_in_its_place()
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE partner_branding SET bar_button_color = 'rgba(1,2,3,1)', bar_button_text = 'Book a visit', bar_button_url = NULL WHERE partner_id = 1");
        }

        var body = await ReadJson(await GetAsync("/getBasicUserInfo?UserID=1097", await TokenOf("vzug.admin")));

        Assert.Equal(
            """{"color":"rgba(1,2,3,1)","text":"Book a visit","url":""}""",
            body["data"]!["partner"]!["bar_button"]!.ToJsonString());
    }

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("docman")]
    [InlineData("comlite")]
    [InlineData("admin")]
    public async Task Partner_admins_services_and_the_msp_admin_read_the_whole_body_an_end_user_reads(string login)
    {
        var token = await TokenOf(login);
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", token), HttpStatusCode.OK, Jorge);
    }

    [Theory]
    [InlineData("vzug.admin", 1154, "1")]
    [InlineData("vzug.admin", 896, "0")]
    [InlineData("lindau.admin", 955, "1")]
    [InlineData("docman", 1097, "1")]
    [InlineData("docman", 955, "1")]
    [InlineData("comlite", 955, "1")]
    [InlineData("admin", 955, "1")]
    [InlineData("admin", 896, "0")]
    public async Task Callers_in_scope_read_the_user(string login, long userId, string status)
    {
        var token = await TokenOf(login);
        var data = (await ReadJson(await GetAsync($"/getBasicUserInfo?UserID={userId}", token)))["data"]!;
        Assert.Equal(userId.ToString(System.Globalization.CultureInfo.InvariantCulture), data["id"]!.GetValue<string>());
        Assert.Equal(status, data["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("demo.vzug", 1154)]
    [InlineData("demo.vzug", 955)]
    [InlineData("demo.vzug", Nobody)]
    [InlineData("vzug.admin", 955)]
    [InlineData("vzug.admin", Nobody)]
    [InlineData("lindau.admin", 1097)]
    [InlineData("docman", 1154)]
    [InlineData("docman", Nobody)]
    [InlineData("comlite", 1097)]
    [InlineData("admin", Nobody)]
    public async Task Callers_out_of_scope_and_unknown_users_get_the_same_403(string login, long userId)
    {
        var token = await TokenOf(login);
        await AssertBody(await GetAsync($"/getBasicUserInfo?UserID={userId}", token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task The_user_id_is_read_under_any_spelling_and_from_a_form()
    {
        var token = await TokenOf("lindau.admin");
        await AssertBody(await GetAsync("/getBasicUserInfo?user_id=955", token), HttpStatusCode.OK, Jorge);
        await AssertBody(await SendAsync(HttpMethod.Post, "/getBasicUserInfo", token, Form(("userID", "955"))), HttpStatusCode.OK, Jorge);
    }

    [Theory]
    [InlineData("/getBasicUserInfo")]
    [InlineData("/getBasicUserInfo?UserID=")]
    [InlineData("/getBasicUserInfo?UserID=abc")]
    [InlineData("/getBasicUserInfo?UserID=-955")]
    public async Task A_missing_or_malformed_id_finds_no_user(string path)
    {
        var token = await TokenOf("admin");
        await AssertBody(await GetAsync(path, token), HttpStatusCode.Forbidden, NoUserFound);
    }

    [Fact]
    public async Task Without_a_live_token_the_answer_is_unauthorized_client()
    {
        const string unauthorized = """{"error":"unauthorized_client"}""";
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", null), HttpStatusCode.BadRequest, unauthorized);
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", new string('x', 40)), HttpStatusCode.BadRequest, unauthorized);
    }

    [Fact]
    public async Task A_user_pending_deletion_is_found_by_nobody()
    {
        var partner = await TokenOf("lindau.admin");
        var admin = await TokenOf("admin");
        await AssertBody(await PutAsync("/users/delete/955", partner), HttpStatusCode.OK, """{"msg":"ok"}""");

        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", partner), HttpStatusCode.Forbidden, NoUserFound);
        await AssertBody(await GetAsync("/getBasicUserInfo?UserID=955", admin), HttpStatusCode.Forbidden, NoUserFound);
    }
}

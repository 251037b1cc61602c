using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Upstreams;

/// <summary>
/// Spec 5 (Docman) and spec 10 (SW Docman, the same seven routes under <c>/sw/</c>) on the default test host, whose
/// upstreams are the Development sandboxes: every documented body, and who gets the unauthorized one.
/// </summary>
public sealed class DocmanSandboxTests(MspApiFactory api) : ApiTest(api)
{
    [Theory]
    [MemberData(nameof(DocmanWire.Services), MemberType = typeof(DocmanWire))]
    public async Task Subscriber_gets_the_spec_contacts(string prefix, int serviceId)
    {
        _ = serviceId;
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Get, prefix + "/getContact", token), HttpStatusCode.OK, DocmanWire.Contacts);
        await AssertBody(await SendAsync(HttpMethod.Get, prefix + "/getContact/?access_token=" + token, null), HttpStatusCode.OK, DocmanWire.Contacts);
    }

    [Theory]
    [MemberData(nameof(DocmanWire.Services), MemberType = typeof(DocmanWire))]
    public async Task Subscriber_gets_the_document_trees_and_notifications(string prefix, int serviceId)
    {
        _ = serviceId;
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Post, prefix + "/getDocsInfo", token), HttpStatusCode.OK, DocmanWire.SandboxTrees);
        await AssertBody(await SendAsync(HttpMethod.Post, prefix + "/getNotifications", token), HttpStatusCode.OK, DocmanWire.SandboxNotifications);
    }

    [Theory]
    [MemberData(nameof(DocmanWire.Services), MemberType = typeof(DocmanWire))]
    public async Task Document_is_a_PDF_by_POST_form_and_by_GET_query(string prefix, int serviceId)
    {
        _ = serviceId;
        var token = await TokenOf("jorge");

        using var post = new HttpRequestMessage(HttpMethod.Post, prefix + "/getDocInfo") { Content = Form(("Doc_id", "1")) };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await AssertFile(await Client.SendAsync(post), "application/pdf", "%PDF-"u8.ToArray());
        await AssertFile(await SendAsync(HttpMethod.Get, prefix + "/getDocInfo?doc_id=1", token), "application/pdf", "%PDF-"u8.ToArray());
    }

    [Theory]
    [MemberData(nameof(DocmanWire.Services), MemberType = typeof(DocmanWire))]
    public async Task Avatar_and_image_are_JPEGs(string prefix, int serviceId)
    {
        _ = serviceId;
        var token = await TokenOf("jorge");
        byte[] jpeg = [0xFF, 0xD8, 0xFF];

        await AssertFile(await SendAsync(HttpMethod.Get, prefix + "/getContactAvatar?ID=15", token), "image/jpeg", jpeg);
        await AssertFile(await SendAsync(HttpMethod.Get, prefix + "/getImage?Item_id=2", token), "image/jpeg", jpeg);
    }

    [Theory]
    [InlineData("/getDocInfo", "", DocmanWire.DocIdNotCorrect)]
    [InlineData("/getDocInfo?Doc_id=abc", "", DocmanWire.DocIdNotCorrect)]
    [InlineData("/getDocInfo?Doc_id=-1", "", DocmanWire.DocIdNotCorrect)]
    [InlineData("/getDocInfo?Doc_id=0", "", DocmanWire.DocIdNotCorrect)]
    [InlineData("/getDocInfo?Doc_id=99", "", DocmanWire.FileNotFound)]
    [InlineData("/getImage", "", DocmanWire.ItemIdNotCorrect)]
    [InlineData("/getImage?item_id=1.5", "", DocmanWire.ItemIdNotCorrect)]
    [InlineData("/getImage?item_id=99", "", DocmanWire.ItemIdNotCorrect)]
    [InlineData("/getContactAvatar", "", DocmanWire.ContactNotSet)]
    [InlineData("/getContactAvatar?ID=x", "", DocmanWire.ContactNotSet)]
    [InlineData("/getContactAvatar?ID=99", "", DocmanWire.NotManagerId)]
    [InlineData("/getDocInfo?Doc_id=abc", "/sw", DocmanWire.DocIdNotCorrect)]
    [InlineData("/getDocInfo?Doc_id=99", "/sw", DocmanWire.FileNotFound)]
    [InlineData("/getImage?item_id=99", "/sw", DocmanWire.ItemIdNotCorrect)]
    [InlineData("/getContactAvatar", "/sw", DocmanWire.ContactNotSet)]
    [InlineData("/getContactAvatar?ID=99", "/sw", DocmanWire.NotManagerId)]
    public async Task Documented_refusals_are_200s_with_the_printed_bodies(string route, string prefix, string body)
    {
        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Get, prefix + route, token), HttpStatusCode.OK, body);
    }

    [Theory]
    [InlineData("/sw/getContact", DocmanWire.Unauthorized)]
    [InlineData("/sw/getContactAvatar?ID=15", DocmanWire.AvatarUnauthorized)]
    [InlineData("/sw/getDocInfo?Doc_id=1", DocmanWire.Unauthorized)]
    [InlineData("/sw/getDocsInfo", DocmanWire.Unauthorized)]
    [InlineData("/sw/getImage?Item_id=1", DocmanWire.Unauthorized)]
    [InlineData("/sw/getNotifications", DocmanWire.Unauthorized)]
    public async Task Subscriber_of_Docman_only_gets_the_unauthorized_body_from_SW_Docman(string route, string body)
    {
        var token = await TokenOf("demo.vzug");

        await AssertBody(await SendAsync(HttpMethod.Get, "/getContact", token), HttpStatusCode.OK, DocmanWire.Contacts);
        await AssertBody(await SendAsync(HttpMethod.Get, route, token), HttpStatusCode.BadRequest, body);
    }

    [Theory]
    [InlineData("/getContact", 3, DocmanWire.Unauthorized)]
    [InlineData("/getContactAvatar?ID=15", 3, DocmanWire.AvatarUnauthorized)]
    [InlineData("/getDocInfo?Doc_id=1", 3, DocmanWire.Unauthorized)]
    [InlineData("/getDocsInfo", 3, DocmanWire.Unauthorized)]
    [InlineData("/getImage?Item_id=1", 3, DocmanWire.Unauthorized)]
    [InlineData("/getNotifications", 3, DocmanWire.Unauthorized)]
    [InlineData("/sw/getContact", 8, DocmanWire.Unauthorized)]
    [InlineData("/sw/getDocInfo?Doc_id=abc", 8, DocmanWire.Unauthorized)]
    public async Task Subscriber_of_a_disabled_service_gets_the_unauthorized_body(string route, int serviceId, string body)
    {
        await using (var connection = await Api.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE services SET active = 0 WHERE id = @Id", new { Id = serviceId });
        }

        var token = await TokenOf("jorge");

        await AssertBody(await SendAsync(HttpMethod.Get, route, token), HttpStatusCode.BadRequest, body);
    }

    [Theory]
    [InlineData("lindau.admin")]
    [InlineData("docman")]
    [InlineData("admin")]
    [InlineData("antonio")]
    public async Task Partner_admins_services_the_platform_admin_and_other_end_users_are_not_subscribers(string login)
    {
        var token = await TokenOf(login);

        await AssertBody(await SendAsync(HttpMethod.Get, "/getContact", token), HttpStatusCode.BadRequest, DocmanWire.Unauthorized);
        await AssertBody(await SendAsync(HttpMethod.Get, "/getContactAvatar?ID=15", token), HttpStatusCode.BadRequest, DocmanWire.AvatarUnauthorized);
        await AssertBody(await SendAsync(HttpMethod.Get, "/sw/getImage?Item_id=1", token), HttpStatusCode.BadRequest, DocmanWire.Unauthorized);
    }

    [Theory]
    [InlineData("/getContact", DocmanWire.Unauthorized)]
    [InlineData("/getContactAvatar", DocmanWire.AvatarUnauthorized)]
    [InlineData("/getDocInfo", DocmanWire.Unauthorized)]
    [InlineData("/getDocsInfo", DocmanWire.Unauthorized)]
    [InlineData("/getImage", DocmanWire.Unauthorized)]
    [InlineData("/getNotifications", DocmanWire.Unauthorized)]
    [InlineData("/sw/getContact", DocmanWire.Unauthorized)]
    [InlineData("/sw/getContactAvatar", DocmanWire.AvatarUnauthorized)]
    [InlineData("/sw/getDocInfo", DocmanWire.Unauthorized)]
    [InlineData("/sw/getDocsInfo", DocmanWire.Unauthorized)]
    [InlineData("/sw/getImage", DocmanWire.Unauthorized)]
    [InlineData("/sw/getNotifications", DocmanWire.Unauthorized)]
    public async Task Missing_or_unknown_token_gets_the_route_s_unauthorized_body(string route, string body)
    {
        await AssertBody(await SendAsync(HttpMethod.Post, route, null), HttpStatusCode.BadRequest, body);
        await AssertBody(await SendAsync(HttpMethod.Get, route, new string('x', 40)), HttpStatusCode.BadRequest, body);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    private static async Task AssertFile(HttpResponseMessage response, string contentType, byte[] magic)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(magic, bytes[..magic.Length]);
    }
}

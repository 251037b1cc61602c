using System.Net;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Security;

/// <summary>ADR 15: outside Development (the test host runs as "Testing") the API refuses to start on unsafe settings.</summary>
public sealed class ProductionSettingsTests
{
    [Theory]
    [InlineData("http://msp.example")]
    [InlineData("msp.example/reset")]
    public async Task A_reset_link_base_that_is_not_https_stops_the_start(string linkBaseUrl)
    {
        await using var host = new MspApiFactory().With("Auth:PasswordReset:LinkBaseUrl", linkBaseUrl);

        var refusal = Assert.Throws<InvalidOperationException>(() => host.Services);

        Assert.Contains("Auth:PasswordReset:LinkBaseUrl", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("base64:c2hvcnQ=")]
    [InlineData("base64:not base64")]
    [InlineData("thirty-one characters of text!!")]
    public async Task A_missing_or_malformed_Crypter_key_stops_the_start(string key)
    {
        await using var host = new MspApiFactory().With("Crypter:Key", key);

        var refusal = Assert.Throws<InvalidOperationException>(() => host.Services);

        Assert.Contains("Crypter:Key", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smtp:Host", "Sms:GatewayUrl", "http://127.0.0.1:9/sms")]
    [InlineData("Sms:GatewayUrl", "Smtp:Host", "127.0.0.1")]
    public async Task Live_messaging_without_its_server_stops_the_start(string missing, string present, string value)
    {
        await using var host = new MspApiFactory()
            .With("Outbox:Enabled", "true")
            .With("Messaging:Mode", "Live")
            .With(present, value)
            .With(missing, "");

        var refusal = Assert.Throws<InvalidOperationException>(() => host.Services);

        Assert.Contains(missing, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_and_its_reference_are_served_only_where_configured()
    {
        await using var hidden = new MspApiFactory().With("Api:PublishReference", "false");
        using var client = hidden.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/scalar/v1")).StatusCode);
    }
}

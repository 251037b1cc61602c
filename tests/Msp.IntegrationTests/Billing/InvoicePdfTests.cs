using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Billing;

/// <summary>Spec 6.26 as a PDF (<c>format=pdf</c> or <c>Accept: application/pdf</c>): rendered, served, and its text read back.</summary>
public sealed partial class InvoicePdfTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task GetInvoice_with_format_pdf_serves_a_pdf_with_the_partner_lines_vat_and_total()
    {
        var token = await TokenOf("jorge");

        using var response = await Client.PostAsync("/getInvoice", Form(("access_token", token), ("User_id", "955"), ("Invoice_id", "1"), ("format", "pdf")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        var text = Text(bytes);
        Assert.Contains("Gemeinde  Lindau", text, StringComparison.Ordinal);
        Assert.Contains("My Entertainment", text, StringComparison.Ordinal);
        Assert.Contains("46.16", text, StringComparison.Ordinal);
        Assert.Contains("VAT: CHF 3.74", text, StringComparison.Ordinal);
        Assert.Contains("Total: CHF 49.90", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("application/json, application/pdf", "application/json")]
    [InlineData("application/json;q=0.5, application/pdf", "application/pdf")]
    [InlineData("*/*", "application/json")]
    public async Task The_accept_header_picks_pdf_or_json(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/getInvoice")
        {
            Content = Form(("access_token", await TokenOf("admin")), ("User_id", "955"), ("Invoice_id", "1")),
        };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_refused_pdf_is_the_documented_json_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/getInvoice")
        {
            Content = Form(("access_token", await TokenOf("vzug.admin")), ("User_id", "955"), ("Invoice_id", "1")),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));

        await AssertBody(await Client.SendAsync(request), HttpStatusCode.Forbidden, """{"msg":"Site access denied"}""");
    }

    /// <summary>The text of every <c>(…) Tj</c> in the PDF's content streams, inflated where compressed, one line each.</summary>
    private static string Text(byte[] pdf)
    {
        var latin1 = Encoding.Latin1;
        var raw = latin1.GetString(pdf);
        var text = new StringBuilder();
        foreach (Match stream in Stream().Matches(raw))
        {
            var content = latin1.GetBytes(stream.Groups[1].Value);
            var decoded = TryInflate(content) ?? latin1.GetString(content);
            foreach (Match shown in Shown().Matches(decoded))
            {
                text.AppendLine(shown.Groups[1].Value.Replace("\\(", "(", StringComparison.Ordinal).Replace("\\)", ")", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }

    private static string? TryInflate(byte[] content)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(content), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return Encoding.Latin1.GetString(output.ToArray());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex Stream();

    [GeneratedRegex(@"\(((?:[^()\\]|\\.)*)\)\s*Tj")]
    private static partial Regex Shown();
}

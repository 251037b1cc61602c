using System.Net.Sockets;
using System.Text;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Robustness;

/// <summary>
/// What Kestrel refuses before the application runs (issue 13 §3), sent as raw bytes to a real Kestrel: Kestrel writes
/// these answers itself, status line and empty body, and the application cannot give them a JSON body (README,
/// "What Kestrel answers itself"). A request Kestrel lets through, however odd, gets the application's JSON.
/// </summary>
[Collection(KestrelApiCollection.Name)]
public sealed class KestrelRejectionTests(KestrelApi host)
{
    public static TheoryData<string, string, int> RefusedByKestrel => new()
    {
        { "a request line that is not HTTP", "GARBAGE\r\n\r\n", 400 },
        { "a NUL byte in the path", "GET /get\0UserInfo HTTP/1.1\r\nHost: localhost\r\n\r\n", 400 },
        { "a percent-encoded NUL in the path", "GET /getUserInfo%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400 },
        { "a request line over 8 KiB", $"GET /{new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414 },
        { "headers over 32 KiB", $"GET /getUserInfo HTTP/1.1\r\nHost: localhost\r\nX-Padding: {new string('a', 40_000)}\r\n\r\n", 431 },
        { "no Host header in HTTP/1.1", "GET /getUserInfo HTTP/1.1\r\n\r\n", 400 },
    };

    [Theory]
    [MemberData(nameof(RefusedByKestrel))]
    public async Task Kestrel_answers_its_own_refusals_with_a_status_and_no_body(string what, string request, int status)
    {
        var answer = await SendRawAsync(request);

        Assert.True(answer.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), $"{what}: {answer}");
        Assert.Contains("Content-Length: 0", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/get%C0%AFUserInfo")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/getUserInfo%20%20")]
    public async Task An_odd_path_Kestrel_lets_through_gets_the_application_s_JSON(string path)
    {
        var answer = await SendRawAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 404 ", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("""{"error":"Not found"}""", answer, StringComparison.Ordinal);
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var kestrel = host.Api.CreateClient();
        var address = kestrel.BaseAddress!;
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        await stream.FlushAsync();

        var answer = new StringBuilder();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.Append(Encoding.Latin1.GetString(buffer, 0, read));
                if (IsComplete(answer.ToString()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Kestrel closes the connection after a refusal; what arrived before is the answer.
        }

        return answer.ToString();
    }

    /// <summary>The head has arrived and, when it announces a length, the body too.</summary>
    private static bool IsComplete(string answer)
    {
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var length = answer[..end].Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null && answer.Length - (end + 4) >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>
/// Laravel's <c>Crypt::encrypt</c> / <c>encryptString</c> as Illuminate\Encryption\Encrypter writes them, built here from
/// the algorithm (AES-256-CBC, PKCS#7, HMAC-SHA256 over the base64 iv and value, PHP serialization), not from the
/// production code, so a test holds the production decrypter to the format rather than to itself.
/// </summary>
public static class LaravelPayload
{
    /// <summary>docs/demo-data.md's Development key, which the test hosts are given.</summary>
    public const string DevelopmentKey = "base64:bXNwLWRldmVsb3BtZW50LWNyeXB0ZXIta2V5LTMyYiE=";

    /// <summary><c>encrypt($password)</c>: the PHP-serialized string, <c>s:&lt;bytes&gt;:"…";</c>.</summary>
    public static string Encrypt(string plaintext, string key = DevelopmentKey) =>
        EncryptString($"s:{Encoding.UTF8.GetByteCount(plaintext)}:\"{plaintext}\";", key);

    /// <summary><c>encryptString($password)</c>: the raw string.</summary>
    public static string EncryptString(string plaintext, string key = DevelopmentKey) =>
        Envelope(plaintext, key, (iv, value) => Mac(iv + value, key));

    /// <summary>A payload whose MAC is computed over something else: it must not verify, whatever it decrypts to.</summary>
    public static string WithForgedMac(string plaintext) => Envelope(plaintext, DevelopmentKey, (iv, value) => Mac(value + iv, DevelopmentKey));

    /// <summary>A random 32-byte key in Laravel's notation.</summary>
    public static string NewKey() => "base64:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string Envelope(string plaintext, string key, Func<string, string, string> mac)
    {
        var ivBytes = RandomNumberGenerator.GetBytes(16);
        using var aes = Aes.Create();
        aes.Key = KeyBytes(key);
        var iv = Convert.ToBase64String(ivBytes);
        var value = Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes(plaintext), ivBytes, PaddingMode.PKCS7));

        // PHP's json_encode escapes "/" as "\/"; the decrypter must read that as any JSON reader does.
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["iv"] = iv, ["value"] = value, ["mac"] = mac(iv, value), ["tag"] = "" })
            .Replace("/", "\\/", StringComparison.Ordinal);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    private static string Mac(string data, string key) =>
        Convert.ToHexString(HMACSHA256.HashData(KeyBytes(key), Encoding.UTF8.GetBytes(data))).ToLowerInvariant();

    private static byte[] KeyBytes(string key) => Convert.FromBase64String(key["base64:".Length..]);
}

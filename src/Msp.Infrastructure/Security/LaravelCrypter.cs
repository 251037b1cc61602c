using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Msp.Application.Common.Security;

namespace Msp.Infrastructure.Security;

/// <summary>
/// Laravel's <c>Crypt</c> (AES-256-CBC): the payload is base64 of the JSON <c>{"iv","value","mac","tag"}</c>, where
/// <c>value</c> is the base64 ciphertext (PKCS#7 padding) and <c>mac</c> the hex HMAC-SHA256 of the base64 <c>iv</c>
/// and <c>value</c> joined, under the same key. The MAC is checked, in constant time, before anything is decrypted.
/// The plaintext is PHP-serialized (<c>encrypt()</c>: <c>s:9:"Jorge#201";</c>) or raw (<c>encryptString()</c>).
/// </summary>
public sealed class LaravelCrypter(IOptions<CrypterOptions> options) : ICrypter
{
    private const int IvLength = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _key = CrypterOptions.ReadKey(options.Value.Key)
        ?? throw new InvalidOperationException($"{CrypterOptions.Section}:Key must be a 32-byte key (base64:…).");

    public string? Decrypt(string payload)
    {
        var envelope = ReadEnvelope(payload);
        if (envelope is not { Iv: { } iv, Value: { } value, Mac: { } mac } || !MacMatches(iv, value, mac))
        {
            return null;
        }

        try
        {
            var ivBytes = Convert.FromBase64String(iv);
            if (ivBytes.Length != IvLength)
            {
                return null;
            }

            using var aes = Aes.Create();
            aes.Key = _key;
            var plaintext = aes.DecryptCbc(Convert.FromBase64String(value), ivBytes, PaddingMode.PKCS7);
            return StrictUtf8.GetString(Unserialized(plaintext));
        }
        catch (Exception e) when (e is FormatException or CryptographicException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static Envelope? ReadEnvelope(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Envelope>(Convert.FromBase64String(payload));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private bool MacMatches(string iv, string value, string mac)
    {
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(iv + value))));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(mac));
    }

    /// <summary>The string inside PHP's <c>s:&lt;bytes&gt;:"…";</c>, or the plaintext itself when it is not one.</summary>
    private static ReadOnlySpan<byte> Unserialized(ReadOnlySpan<byte> plaintext)
    {
        if (!plaintext.StartsWith("s:"u8) || !plaintext.EndsWith("\";"u8))
        {
            return plaintext;
        }

        var colon = plaintext[2..].IndexOf((byte)':') + 2;
        if (colon < 3
            || plaintext.Length <= colon + 1
            || plaintext[colon + 1] != (byte)'"'
            || !int.TryParse(plaintext[2..colon], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
        {
            return plaintext;
        }

        var content = plaintext[(colon + 2)..^2];
        return content.Length == length ? content : plaintext;
    }

    private sealed record Envelope(
        [property: JsonPropertyName("iv")] string? Iv,
        [property: JsonPropertyName("value")] string? Value,
        [property: JsonPropertyName("mac")] string? Mac);
}

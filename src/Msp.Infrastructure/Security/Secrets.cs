using System.Security.Cryptography;
using System.Text;

namespace Msp.Infrastructure.Security;

/// <summary>Random credentials in the spec's formats, and the hashes they are stored and looked up by.</summary>
public static class Secrets
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Access and refresh tokens: 40 random alphanumerics (docs/contract.md §3), about 238 bits.</summary>
    public static string NewToken() => RandomNumberGenerator.GetString(Alphanumerics, 40);

    /// <summary>Device session ids: 40 hex characters, as the spec's examples show them.</summary>
    public static string NewSessionId() => RandomNumberGenerator.GetHexString(40, lowercase: true);

    /// <summary>A token chain's id: 32 hex characters.</summary>
    public static string NewFamilyId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>
    /// SHA-256, hex. Tokens carry 238 bits of randomness, so a fast unsalted hash is enough to make a stolen
    /// table useless while keeping the per-request lookup cheap.
    /// </summary>
    public static string Hash(string secret)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var length = Encoding.UTF8.GetByteCount(secret);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(secret, bytes);
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest);
    }
}

using System.Text;

namespace Msp.Infrastructure.Security;

/// <summary>The key shared with the service back ends, written as Laravel writes its <c>APP_KEY</c>: <c>base64:…</c>.</summary>
public sealed class CrypterOptions
{
    public const string Section = "Crypter";

    private const string Base64Prefix = "base64:";

    /// <summary>AES-256: the key is 32 bytes.</summary>
    private const int KeyLength = 32;

    public string Key { get; set; } = "";

    /// <summary>The key's 32 bytes, from <c>base64:…</c> or from 32 characters of plain text as Laravel accepts; null when it is neither.</summary>
    public static byte[]? ReadKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        byte[] bytes;
        if (key.StartsWith(Base64Prefix, StringComparison.Ordinal))
        {
            try
            {
                bytes = Convert.FromBase64String(key[Base64Prefix.Length..]);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(key);
        }

        return bytes.Length == KeyLength ? bytes : null;
    }
}

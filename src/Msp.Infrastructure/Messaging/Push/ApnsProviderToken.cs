using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>
/// The APNs provider token: a JWT signed ES256 with the team's .p8 key (<c>kid</c> the key id, <c>iss</c> the team,
/// <c>iat</c> now). Apple refuses tokens older than an hour and throttles ones renewed more often than every 20 minutes,
/// so one is kept for 40 minutes and shared by every send (a singleton).
/// </summary>
public sealed class ApnsProviderToken(IOptions<PushOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(40);

    private readonly Lock _gate = new();
    private (string Jwt, DateTimeOffset IssuedAt)? _current;

    public string Current()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_current is not { } current || now - current.IssuedAt >= Lifetime)
            {
                current = (Sign(options.Value.Apns, now), now);
                _current = current;
            }

            return current.Jwt;
        }
    }

    /// <summary>Apple said the token is expired or invalid: the next send signs a new one.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    private static string Sign(ApnsOptions apns, DateTimeOffset now)
    {
        if (apns.PrivateKey.Length == 0 || apns.KeyId.Length == 0 || apns.TeamId.Length == 0)
        {
            throw new MessageDeliveryException("APNs key not configured");
        }

        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "ES256", kid = apns.KeyId }));
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = apns.TeamId, iat = now.ToUnixTimeSeconds() }));
        using var key = ECDsa.Create();
        key.ImportFromPem(apns.PrivateKey);

        // JWS wants the raw r‖s signature, which is .NET's default (IEEE P1363) format.
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256);
        return $"{header}.{claims}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

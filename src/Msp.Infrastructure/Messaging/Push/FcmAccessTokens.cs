using Google.Apis.Auth.OAuth2;
using Google.Apis.Json;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Messaging.Push;

/// <summary>
/// OAuth access tokens for FCM from the service account of <c>Push:Fcm:ServiceAccountJson</c>, by Google.Apis.Auth: a
/// signed JWT exchanged at the key's <c>token_uri</c>, the token kept and reused until shortly before it expires. One
/// per process (a singleton), so every send shares the cached token.
/// </summary>
public sealed class FcmAccessTokens(IOptions<PushOptions> options)
{
    private const string Scope = "https://www.googleapis.com/auth/firebase.messaging";

    private const string GoogleTokenUri = "https://oauth2.googleapis.com/token";

    private readonly Lazy<(ServiceAccountCredential Credential, string ProjectId)?> _account = new(() => Load(options.Value.Fcm.ServiceAccountJson));

    /// <summary>The project the key belongs to; null when no key is configured.</summary>
    public string? ProjectId => _account.Value?.ProjectId;

    public Task<string> AccessTokenAsync(CancellationToken cancellationToken) =>
        _account.Value is { } account
            ? account.Credential.GetAccessTokenForRequestAsync(cancellationToken: cancellationToken)
            : throw new MessageDeliveryException("FCM service account not configured");

    private static (ServiceAccountCredential, string)? Load(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        var key = NewtonsoftJsonSerializer.Instance.Deserialize<JsonCredentialParameters>(json);
        var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, key.TokenUri ?? GoogleTokenUri)
        {
            Scopes = [Scope],
            ProjectId = key.ProjectId,
            KeyId = key.PrivateKeyId,
        };
        return (new ServiceAccountCredential(initializer.FromPrivateKey(key.PrivateKey)), key.ProjectId);
    }
}

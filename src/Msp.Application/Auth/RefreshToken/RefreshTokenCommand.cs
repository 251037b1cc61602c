namespace Msp.Application.Auth.RefreshToken;

/// <summary>
/// Spec 3.5. The access token travels like every other one (it may have expired: that is why the client
/// refreshes), so the handler reads it from the request's credentials rather than from a caller.
/// </summary>
public sealed record RefreshTokenCommand([WireSecret] string? RefreshToken) : ICommand<RefreshTokenResponse>;

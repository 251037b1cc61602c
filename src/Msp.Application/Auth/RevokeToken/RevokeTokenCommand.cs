namespace Msp.Application.Auth.RevokeToken;

/// <summary>Spec 3.6: the token, and every session and cookie bound to it, stop working.</summary>
public sealed record RevokeTokenCommand : ICommand<MessageResponse>;

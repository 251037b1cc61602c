namespace Msp.Application.Auth.Login;

/// <summary>Spec 3.1 (<paramref name="Email"/> is an email or a username, with <paramref name="Password"/>) and 3.2 (<paramref name="Uid"/>).</summary>
public sealed record LoginCommand(string? Email, string? Password, string? Uid, string? Source) : ICommand<LoginResponse>;

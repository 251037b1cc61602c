namespace Msp.Application.Upstreams.MyEntertainment;

/// <summary>My Entertainment, the IPTV service (spec 7): the user's contact person and IPTV credentials.</summary>
public interface IMyEntertainmentGateway
{
    Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken);

    Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user's IPTV credentials: relayed to that user only, never logged, cached or stored.</summary>
    Task<CredentialsOutcome> GetCredentialsAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>
/// A user's IPTV login, as spec 7.3 prints it. A class, not a record: a record would print the password wherever it
/// is formatted (a log line, an exception message).
/// </summary>
public sealed class IptvCredentials(string username, string password)
{
    public string Username { get; } = username;

    public string Password { get; } = password;
}

public abstract record CredentialsOutcome
{
    private CredentialsOutcome()
    {
    }

    public sealed record Found(IptvCredentials Credentials) : CredentialsOutcome;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why (never the body).</summary>
    public sealed record Unavailable : CredentialsOutcome;
}

namespace Msp.Application.Upstreams.MyEntertainment.GetCredentials;

/// <summary><c>{"status":{"status":"ok","credentials":{"username":…,"password":…}}}</c>, as spec 7.3 prints it.</summary>
public sealed record GetCredentialsResponse(CredentialsStatus Status);

public sealed record CredentialsStatus(string Status, IptvCredentials Credentials)
{
    public static CredentialsStatus Ok(IptvCredentials credentials) => new("ok", credentials);
}

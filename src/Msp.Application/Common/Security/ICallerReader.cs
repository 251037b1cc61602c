namespace Msp.Application.Common.Security;

/// <summary>Finds the caller that live credentials belong to; null when they are missing, unknown, expired or revoked.</summary>
public interface ICallerReader
{
    Task<Caller?> FindAsync(RequestCredentials credentials, CancellationToken cancellationToken);
}

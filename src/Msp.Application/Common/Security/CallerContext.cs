namespace Msp.Application.Common.Security;

/// <summary>
/// Per-request holder of the credentials the transport read and of the caller they resolve to.
/// The transport fills <see cref="Credentials"/>; the authentication behavior fills <see cref="Caller"/>.
/// </summary>
public sealed class CallerContext
{
    private Caller? _caller;

    public RequestCredentials Credentials { get; set; } = RequestCredentials.None;

    public bool IsResolved => _caller is not null;

    /// <summary>The authenticated caller; only operations marked <c>IAuthenticatedRequest</c> may read it.</summary>
    public Caller Caller
    {
        get => _caller ?? throw new InvalidOperationException("This operation is not marked as authenticated, so it has no caller.");
        set => _caller = value;
    }
}

namespace Msp.Application.Auth;

/// <summary>The login cookie, which names a device session; the transport implements it.</summary>
public interface ISessionCookie
{
    void Issue(string value, DateTime expiresAtUtc);

    void Clear();
}

namespace Msp.Application.Auth;

public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string hash, string password);

    /// <summary>Spends the time of one verification, so an unknown account answers as slowly as a known one.</summary>
    void VerifyNothing(string password);
}

using Microsoft.AspNetCore.Identity;
using Msp.Application.Auth;
using Msp.Domain.Accounts;

namespace Msp.Infrastructure.Security;

/// <summary>
/// ASP.NET Core Identity's hasher: PBKDF2 with HMAC-SHA512, 100,000 iterations and a random 128-bit salt, in
/// Identity's versioned format, so its work factor can be raised later without breaking stored hashes.
/// </summary>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<UserAccount> _hasher = new();
    private readonly Lazy<string> _decoy;

    public Pbkdf2PasswordHasher()
    {
        _decoy = new Lazy<string>(() => _hasher.HashPassword(null!, "decoy password, never matches"));
    }

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public void VerifyNothing(string password) => Verify(_decoy.Value, password);
}

namespace Msp.Application.Common.Security;

/// <summary>
/// The old platform's shared-key encryption (Laravel's <c>Crypt</c>, docs/contract.md §3, 6.45), with which service back ends
/// send an end user's password.
/// </summary>
public interface ICrypter
{
    /// <summary>The plaintext of a payload, unwrapped from PHP serialization when it was serialized; null when it does not verify or decrypt.</summary>
    string? Decrypt(string payload);
}

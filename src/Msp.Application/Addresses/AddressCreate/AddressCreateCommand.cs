using Msp.Application.Addresses.Fields;
using Msp.Application.Common.Security;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>
/// Spec 6.1: a new address of <c>userID</c>, or of the caller when none is given. It documents no 403: a user out of
/// reach and one that does not exist both get the unauthorized body (ADR 9).
/// </summary>
public sealed record AddressCreateCommand(WireId? UserId, AddressFields Address) : ICommand<AddressCreateResponse>, ITargetUserRequest
{
    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Managers;

    public static ApiError TargetMissing => AddressesErrors.Unauthorized;
}

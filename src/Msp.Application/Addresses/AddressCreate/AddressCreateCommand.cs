using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses.AddressCreate;

/// <summary>Spec 6.1: a new address of <c>userID</c>, or of the caller when none is given.</summary>
public sealed record AddressCreateCommand(WireId? UserId, AddressFields Address) : ICommand<AddressCreateResponse>, IAuthenticatedRequest;

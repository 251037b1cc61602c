using Msp.Application.Addresses.Fields;

namespace Msp.Application.Addresses.AddressUpdate;

/// <summary>Spec 6.4: changes the fields given, and only those, of address <c>addressID</c>.</summary>
public sealed record AddressUpdateCommand(WireId? AddressId, AddressFields Address) : ICommand<MessageResponse>, IAuthenticatedRequest;

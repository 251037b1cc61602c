namespace Msp.Application.Addresses.AddressDelete;

/// <summary>Spec 6.2.</summary>
public sealed record AddressDeleteCommand(WireId? AddressId) : ICommand<MessageResponse>, IAuthenticatedRequest;

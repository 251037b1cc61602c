namespace Msp.Application.Addresses.AddressDelete;

/// <summary>Spec 6.2.</summary>
public sealed record AddressDeleteCommand(string? AddressId) : ICommand<MessageResponse>, IAuthenticatedRequest;

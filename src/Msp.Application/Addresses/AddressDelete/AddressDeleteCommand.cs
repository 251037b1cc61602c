using Msp.Application.Common.Messaging;
using Msp.Application.Common.Results;

namespace Msp.Application.Addresses.AddressDelete;

/// <summary>Spec 6.2.</summary>
public sealed record AddressDeleteCommand(string? AddressId) : ICommand<MessageResponse>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => AddressesErrors.Unauthorized;
}

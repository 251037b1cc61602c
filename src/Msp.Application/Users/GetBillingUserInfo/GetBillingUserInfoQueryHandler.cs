using MediatR;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.GetBillingUserInfo;

public sealed class GetBillingUserInfoQueryHandler(TenantScope scope, IUserReader users)
    : IRequestHandler<GetBillingUserInfoQuery, Result<BillingUserInfoResponse>>
{
    private const AllowedCallers Readers = AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public async Task<Result<BillingUserInfoResponse>> Handle(GetBillingUserInfoQuery request, CancellationToken cancellationToken)
    {
        var user = await scope.FindUserAsync(WireId.Parse(request.UserId!), Readers, cancellationToken);
        if (user is null || user.Status == AccountStatus.PendingDeletion)
        {
            return UsersErrors.NoUserFound;
        }

        var address = await users.BillingAddressAsync(user.Id, cancellationToken);
        return address is null ? UsersErrors.NoAddressFound : new BillingUserInfoResponse(address);
    }
}

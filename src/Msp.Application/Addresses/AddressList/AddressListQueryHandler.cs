using MediatR;
using Msp.Application.Common.Paging;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;

namespace Msp.Application.Addresses.AddressList;

public sealed class AddressListQueryHandler(CallerContext context, TenantScope scope, IAddressReader addresses)
    : IRequestHandler<AddressListQuery, Result<DataList<AddressRecord>>>
{
    private const AllowedCallers Allowed = AllowedCallers.Self | AllowedCallers.Partner | AllowedCallers.Service | AllowedCallers.Admin;

    public async Task<Result<DataList<AddressRecord>>> Handle(AddressListQuery request, CancellationToken cancellationToken)
    {
        var userId = request.UserId is null ? context.Caller.UserId : WireId.Parse(request.UserId);

        // addressList documents no 403: a user out of reach and one that does not exist both get the unauthorized body (ADR 9).
        var user = await scope.FindUserAsync(userId, Allowed, cancellationToken);
        if (user is null)
        {
            return AddressesErrors.Unauthorized;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await addresses.ListAsync(user.Id, page, cancellationToken);
        return new DataList<AddressRecord>(rows, page.IteratorFor(total));
    }
}

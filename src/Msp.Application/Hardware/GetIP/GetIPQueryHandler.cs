using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Hardware.GetIP;

public sealed class GetIPQueryHandler(TargetUser target, ISqlReader database) : IRequestHandler<GetIPQuery, Result<IpResponse>>
{
    /// <summary>MACs are stored canonical, so this is a seek on ix_addresses_isg_mac; of two addresses with that ISG, the older answers.</summary>
    private const string Sql = """
        SELECT isg_ip FROM addresses
        WHERE id = (SELECT MIN(id) FROM addresses WHERE isg_mac = @IsgMac AND account_id = @UserId)
        """;

    public async Task<Result<IpResponse>> Handle(GetIPQuery request, CancellationToken cancellationToken)
    {
        // A user pending deletion answers as one out of reach or not there (ADR 8).
        var user = target.User;
        if (user.Status == AccountStatus.PendingDeletion)
        {
            return HardwareErrors.SiteAccessDenied;
        }

        var ip = await database.SingleOrDefaultAsync<string>(Sql, new { IsgMac = request.IsgMac!.Value, UserId = user.Id }, cancellationToken);
        return ip is null ? HardwareErrors.SiteAccessDenied : new IpResponse(ip, "ok");
    }
}

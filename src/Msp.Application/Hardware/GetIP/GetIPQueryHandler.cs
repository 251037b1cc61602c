using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetIP;

public sealed class GetIPQueryHandler(TargetUser target, ISqlReader database) : IRequestHandler<GetIPQuery, Result<IpResponse>>
{
    /// <summary>The ISG's one owner, through the registry of device MACs (a seek on its primary key; ADR 26), if it is the user's.</summary>
    private const string Sql = """
        SELECT a.isg_ip FROM device_macs d
        INNER JOIN addresses a ON a.id = d.address_id
        WHERE d.mac = @IsgMac AND d.slot = 'isg' AND a.account_id = @UserId
        """;

    public async Task<Result<IpResponse>> Handle(GetIPQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var ip = await database.SingleOrDefaultAsync<string>(Sql, new { IsgMac = request.IsgMac!.Value, UserId = user.Id }, cancellationToken);
        return ip is null ? HardwareErrors.SiteAccessDenied : new IpResponse(ip, "ok");
    }
}

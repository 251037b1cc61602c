using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;
using Msp.Domain.Addresses;

namespace Msp.Application.Hardware.CheckHardware;

/// <summary>
/// OK only when the OTO and the ISG MAC belong to the same address (docs/contract.md §3). A service sees only the addresses
/// of users subscribed to its service, so KO never tells it whether the hardware is registered elsewhere (§2).
/// </summary>
public sealed class CheckHardwareQueryHandler(CallerContext context, ISqlReader database)
    : IRequestHandler<CheckHardwareQuery, Result<MessageResponse>>
{
    /// <summary>
    /// The ISG's one owner, through the registry of device MACs (a seek on its primary key, the canonical MAC; ADR 26),
    /// and whether that address has the OTO: an address that only claimed the MAC never got it.
    /// </summary>
    private const string Sql = """
        SELECT COUNT(*) FROM device_macs d
        INNER JOIN addresses a ON a.id = d.address_id
        WHERE d.mac = @IsgMac AND d.slot = 'isg' AND a.oto = @Oto
          AND (@ServiceScoped = 0
               OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = a.account_id AND s.service_id = @ServiceId))
        """;

    private static readonly MessageResponse Registered = new("OK");

    private static readonly MessageResponse NotRegistered = new("KO");

    public async Task<Result<MessageResponse>> Handle(CheckHardwareQuery request, CancellationToken cancellationToken)
    {
        if (MacAddress.Parse(request.IsgMac!)?.Value is not { } isgMac)
        {
            return NotRegistered;
        }

        var caller = context.Caller;
        var parameters = new
        {
            IsgMac = isgMac,
            request.Oto,
            ServiceScoped = caller.Role == Role.Service ? 1 : 0,
            ServiceId = caller.ServiceId ?? 0,
        };
        return await database.SingleOrDefaultAsync<long>(Sql, parameters, cancellationToken) > 0 ? Registered : NotRegistered;
    }
}

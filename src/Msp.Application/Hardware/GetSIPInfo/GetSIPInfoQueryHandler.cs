using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetSIPInfo;

/// <summary>A user has at most one SIP account (a unique index); one without is answered as the documented 403 (ADR 18).</summary>
public sealed class GetSIPInfoQueryHandler(TargetUser target, ISqlReader database) : IRequestHandler<GetSIPInfoQuery, Result<SipInfoResponse>>
{
    private const string Sql = """
        SELECT username AS Username, domain AS Domain, proxy AS Proxy, phone_mac AS PhoneMac, phone_mac_model AS PhoneMacModel,
               status AS Status
        FROM sip_accounts
        WHERE account_id = @UserId
        """;

    public async Task<Result<SipInfoResponse>> Handle(GetSIPInfoQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var account = await database.SingleOrDefaultAsync<SipAccount>(Sql, new { UserId = user.Id }, cancellationToken);
        return account is null ? HardwareErrors.NoUserFound : new SipInfoResponse(account);
    }
}

namespace Msp.Application.Hardware.GetSIPInfo;

/// <summary><c>{"data": SIP account}</c> (docs/contract.md §3).</summary>
public sealed record SipInfoResponse(SipAccount Data);

/// <summary>
/// A SIP account as docs/contract.md §3 lists it: the SIP user name, its registrar domain and outbound proxy, the phone it is
/// provisioned on (MAC canonical, model) and its status as a number, 0 or 1, as getSMB's (ADR 18).
/// </summary>
public sealed class SipAccount
{
    public string Username { get; init; } = "";

    public string Domain { get; init; } = "";

    public string Proxy { get; init; } = "";

    public string PhoneMac { get; init; } = "";

    public string PhoneMacModel { get; init; } = "";

    public int Status { get; init; }
}

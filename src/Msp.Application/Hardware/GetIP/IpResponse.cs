namespace Msp.Application.Hardware.GetIP;

/// <summary><c>{"ip": "8.8.8.8", "msg": "ok"}</c>; the IP is empty while the ISG has not reported one (ADR 18).</summary>
public sealed record IpResponse(string Ip, string Msg);

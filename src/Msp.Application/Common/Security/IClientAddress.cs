namespace Msp.Application.Common.Security;

/// <summary>The caller's network address as the transport sees it (after trusted proxies, ADR 15); "unknown" when none.</summary>
public interface IClientAddress
{
    string Value { get; }
}

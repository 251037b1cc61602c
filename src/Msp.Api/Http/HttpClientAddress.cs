using Msp.Application.Common.Security;

namespace Msp.Api.Http;

/// <summary>The connection's remote address; behind a configured proxy, the client's (<see cref="TrustedProxies"/>).</summary>
internal sealed class HttpClientAddress(IHttpContextAccessor accessor) : IClientAddress
{
    public string Value => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

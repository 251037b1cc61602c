namespace Msp.Application.Common.Requests;

/// <summary>
/// A request parameter that is a credential (a refresh token). The published contract never puts it in a URL, where
/// proxies and logs keep it: an operation documented as GET takes it as a header of its name (<c>Refresh-Token</c>),
/// which the binder reads besides the usual sources.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class WireSecretAttribute : Attribute;

namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary><c>{"data": billing address}</c>.</summary>
public sealed record BillingUserInfoResponse(BillingAddress Data);

namespace Msp.Application.Users.GetBillingUserInfo;

/// <summary>Spec 6.16: the address a user is billed at.</summary>
public sealed record GetBillingUserInfoQuery(WireId? UserId) : IQuery<BillingUserInfoResponse>, IAuthenticatedRequest;

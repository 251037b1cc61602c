namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary>Spec 6.15: one user's profile with its BP's branding.</summary>
public sealed record GetBasicUserInfoQuery(WireId? UserId) : IQuery<BasicUserInfoResponse>, IAuthenticatedRequest;

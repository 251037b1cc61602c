using Msp.Application.Auth.Profile;

namespace Msp.Application.Users.GetBasicUserInfo;

/// <summary><c>{"data": user_info}</c>, the same object login and getUserInfo show.</summary>
public sealed record BasicUserInfoResponse(UserInfo Data);

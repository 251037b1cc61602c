using Msp.Application.Common.Paging;

namespace Msp.Application.Users.GetInstallationUserInfo;

/// <summary>Spec 6.20: a user's installation addresses, a page at a time.</summary>
public sealed record GetInstallationUserInfoQuery(string? UserId, string? Offset, string? Limit)
    : IQuery<DataList<InstallationAddress>>, IAuthenticatedRequest;

using Msp.Api.Http;
using Msp.Application.Users.GetActiveUsers;
using Msp.Application.Users.GetBasicUserInfo;
using Msp.Application.Users.GetBillingUserInfo;
using Msp.Application.Users.GetGroupsBP;
using Msp.Application.Users.GetGroupsUser;
using Msp.Application.Users.GetInstallationUserInfo;
using Msp.Application.Users.UsersActive;
using Msp.Application.Users.UsersDelete;
using Msp.Application.Users.UsersDisable;
using Msp.Application.Users.UsersRegister;
using Msp.Application.Users.UsersUpdate;
using Msp.Application.Users.ValidateEndUser;

namespace Msp.Api.Endpoints;

internal static class UsersEndpoints
{
    /// <summary>The status routes take the id in the path as printed, or as a parameter from any other source.</summary>
    public static void MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapModule("Users", "End users, partner admins and services: who they are, their status, registration and updates, groups and installation info.");
        users.MapOperation<GetActiveUsersQuery>("POST", "/getActiveUsers");
        users.MapOperation<GetBasicUserInfoQuery>("GET", "/getBasicUserInfo");
        users.MapOperation<GetBillingUserInfoQuery>("GET", "/getBillingUserInfo");
        users.MapOperation<GetGroupsBPQuery>("GET", "/getGroupsBP");
        users.MapOperation<GetGroupsUserQuery>("GET", "/getGroupsUser");
        users.MapOperation<GetInstallationUserInfoQuery>("GET", "/getInstallationUserInfo");
        users.MapOperation<UsersActiveCommand>("PUT", "/users/active/{userID?}");
        users.MapOperation<UsersDeleteCommand>("PUT", "/users/delete/{userID?}");
        users.MapOperation<UsersDisableCommand>("PUT", "/users/disable/{userID?}");
        users.MapOperation<UsersRegisterCommand>("POST", "/users/register");
        users.MapOperation<UsersUpdateCommand>("POST", "/users/update");
        users.MapOperation<ValidateEndUserCommand>("POST", "/users/validate-end-user");
    }
}

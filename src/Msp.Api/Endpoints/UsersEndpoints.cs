using Msp.Api.Http;
using Msp.Api.OpenApi;
using Msp.Application.Common.Results;
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
using Msp.Application.Users;

namespace Msp.Api.Endpoints;

internal static class UsersEndpoints
{
    private static readonly ApiError[] RegisterFailures =
        [UsersErrors.RegisterMissingParameters, UsersErrors.RegisterBadParameters, UsersErrors.InvalidAccess, UsersErrors.Unauthorized, ApiError.TooManyRequests];

    private static readonly ApiError[] StatusFailures = [UsersErrors.UserNotAllowed, UsersErrors.NotFound, UsersErrors.Unauthorized];

    /// <summary>The status routes take the id in the path as printed, or as a parameter from any other source.</summary>
    public static void MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapModule("Users", "End users, partner admins and services: who they are, their status, registration and updates, groups and installation info.");
        users.MapOperation<GetActiveUsersQuery>("POST", "/getActiveUsers").Answers(OperationExamples.Json("get-active-users"), UsersErrors.NoUserFound, UsersErrors.ClienteNotAuthorized);
        users.MapOperation<GetBasicUserInfoQuery>("GET", "/getBasicUserInfo").Answers(OperationExamples.Json("get-basic-user-info"), UsersErrors.NoUserFoundLowerCase, UsersErrors.Unauthorized);
        users.MapOperation<GetBillingUserInfoQuery>("GET", "/getBillingUserInfo")
            .Answers(OperationExamples.Json("get-billing-user-info"), UsersErrors.NoUserFound, UsersErrors.NoAddressFound, UsersErrors.Unauthorized);
        users.MapOperation<GetGroupsBPQuery>("GET", "/getGroupsBP").Answers(UsersExamples.GroupsBP, UsersErrors.NoGroupFound, UsersErrors.Unauthorized);
        users.MapOperation<GetGroupsUserQuery>("GET", "/getGroupsUser").Answers(UsersExamples.GroupsUser, UsersErrors.NoGroupFound, UsersErrors.ClienteNotAuthorized);
        users.MapOperation<GetInstallationUserInfoQuery>("GET", "/getInstallationUserInfo")
            .Answers(UsersExamples.InstallationUserInfo, UsersErrors.NoUserFound, UsersErrors.Unauthorized);
        users.MapOperation<UsersActiveCommand>("PUT", "/users/active/{userID?}").Answers("""{"msg":"ok"}""", StatusFailures);
        users.MapOperation<UsersDeleteCommand>("PUT", "/users/delete/{userID?}").Answers("""{"msg":"ok"}""", StatusFailures);
        users.MapOperation<UsersDisableCommand>("PUT", "/users/disable/{userID?}").Answers("""{"msg":"ok"}""", StatusFailures);
        users.MapOperation<UsersRegisterCommand>("POST", "/users/register").Answers(UsersExamples.Done, RegisterFailures);
        users.MapOperation<UsersUpdateCommand>("POST", "/users/update").Answers(UsersExamples.Done, RegisterFailures);
        users.MapOperation<ValidateEndUserCommand>("POST", "/users/validate-end-user").Answers("""{"msg":"OK"}""", UsersErrors.NotValidated, UsersErrors.Unauthorized);
    }
}

using Msp.Application.Common.Security;

namespace Msp.Application.Messaging.SendPushGroup;

/// <summary>Spec 6.30: queues a push notification to every device of every active member of a group; answers <c>[]</c>.</summary>
public sealed record SendPushGroupCommand(WireId? GroupId, string? Text) : ICommand<IReadOnlyList<object>>, IRestrictedRequest
{
    public static AllowedCallers Callers => AllowedCallers.Managers;

    public static ApiError Unauthorized => MessagingErrors.ClienteNotAuthorized;
}

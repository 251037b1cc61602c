namespace Msp.Application.Services.UserServiceSwitch;

/// <summary>services/disableforUser and services/enableforUser (spec 6.34, 6.36): one end user's subscription to one service.</summary>
public interface IUserServiceSwitchCommand : ICommand<MessageResponse>, IRestrictedRequest
{
    WireId? ServiceId { get; }

    WireId? UserId { get; }

    /// <summary>True: the user is subscribed; false: its subscription ends.</summary>
    static abstract bool Subscribes { get; }
}

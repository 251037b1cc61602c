namespace Msp.Application.Services.ServiceSwitch;

/// <summary>services/disable and services/enable (spec 6.33, 6.35): one service of the catalogue, named by <c>Service_ID</c>.</summary>
public interface IServiceSwitchCommand : ICommand<MessageResponse>, IRestrictedRequest
{
    WireId? ServiceId { get; }
}

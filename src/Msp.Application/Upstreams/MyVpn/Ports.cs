using System.Text.Json;

namespace Msp.Application.Upstreams.MyVpn;

/// <summary>My VPN (spec 9): the user's cameras, VPN certificates and contact, asked for on the user's behalf.</summary>
public interface IMyVpnGateway
{
    Task<MyVpnOutcome> GetCamsByUserAsync(long userId, CancellationToken cancellationToken);

    Task<MyVpnOutcome> GetCertificatesAsync(long userId, string device, CancellationToken cancellationToken);

    /// <summary>A write: sent once, never retried (docs/upstreams.md).</summary>
    Task<MyVpnOutcome> SetCamServiceByUserAsync(long userId, CancellationToken cancellationToken);

    /// <summary>A write: sent once, never retried (docs/upstreams.md).</summary>
    Task<MyVpnOutcome> UnsetCamServiceByUserAsync(long userId, CancellationToken cancellationToken);

    Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken);

    Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>What My VPN answered: its JSON (relayed as is), that it does not know the user, or nothing usable.</summary>
public abstract record MyVpnOutcome
{
    private MyVpnOutcome()
    {
    }

    public sealed record Answered(JsonElement Body) : MyVpnOutcome;

    public sealed record IdNotFound : MyVpnOutcome;

    /// <summary>Refused, timed out, failed, answered garbage or an undocumented error, or its circuit is open.</summary>
    public sealed record Unavailable : MyVpnOutcome;
}

/// <summary>The mapping the four JSON operations share.</summary>
internal static class MyVpnRelay
{
    public static Task<Result<JsonElement>> AnswerAsync(
        IUpstreamSubscriptionReader subscriptions, long userId, Func<Task<MyVpnOutcome>> ask, CancellationToken cancellationToken) =>
        SubscriberRelay.AnswerAsync(subscriptions, userId, UpstreamNames.MyVpn, MyVpnErrors.Unauthorized, ask, Map, cancellationToken);

    private static Result<JsonElement> Map(MyVpnOutcome outcome) => outcome switch
    {
        MyVpnOutcome.Answered answered => answered.Body,
        MyVpnOutcome.IdNotFound => MyVpnErrors.IdNotFound,
        _ => ApiError.Unexpected,
    };
}

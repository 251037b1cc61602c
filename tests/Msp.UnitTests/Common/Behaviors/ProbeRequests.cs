using MediatR;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;

namespace Msp.UnitTests.Common.Behaviors;

/// <summary>Requests made for the behavior tests, so that each trait the pipeline reads is tried on its own.</summary>
public sealed record ProbeQuery(string? Name = null, string? DeviceToken = null) : IQuery<string>;

public sealed record ProbeCommand : ICommand<string>;

public sealed record OpenProbe : IRequest<Result<string>>;

public sealed record GuardedProbe : IRequest<Result<string>>, IAuthenticatedRequest
{
    public static readonly ApiError Denied = ApiError.Msg(403, "Probe: no entry");

    public static ApiError Unauthorized => Denied;
}

/// <summary>Only services and the platform admin may send it; it documents no refusal of its own.</summary>
public sealed record ServiceOnlyProbe : IRequest<Result<string>>, IRestrictedRequest
{
    public static ApiError Unauthorized => GuardedProbe.Denied;

    public static AllowedCallers Callers => AllowedCallers.Service | AllowedCallers.Admin;
}

/// <summary>Targets a user of the caller's BP, or the caller itself when no id is given.</summary>
public sealed record TargetProbe(WireId? UserId) : IRequest<Result<string>>, ITargetUserRequest
{
    public static readonly ApiError Missing = ApiError.Msg(404, "Probe: nobody");

    public static ApiError Unauthorized => GuardedProbe.Denied;

    public static AllowedCallers TargetReach => AllowedCallers.Self | AllowedCallers.Partner;

    public static ApiError TargetMissing => Missing;
}

/// <summary>A command on a user: it reaches an account pending deletion, as users/active must.</summary>
public sealed record TargetCommandProbe(WireId? UserId) : ICommand<string>, ITargetUserRequest
{
    public static ApiError Unauthorized => GuardedProbe.Denied;

    public static AllowedCallers TargetReach => AllowedCallers.Partner;

    public static ApiError TargetMissing => TargetProbe.Missing;
}

/// <summary>A reader that declares it still shows accounts pending deletion.</summary>
public sealed record PendingDeletionReaderProbe(WireId? UserId) : IQuery<string>, ITargetUserRequest, IReadsAccountsPendingDeletion
{
    public static ApiError Unauthorized => GuardedProbe.Denied;

    public static AllowedCallers TargetReach => AllowedCallers.Partner;

    public static ApiError TargetMissing => TargetProbe.Missing;
}

/// <summary>Relays to an upstream: counts toward the caller's per-minute limit.</summary>
public sealed record UpstreamProbe : IRequest<Result<string>>, IUpstreamRequest
{
    public static ApiError Unauthorized => GuardedProbe.Denied;
}

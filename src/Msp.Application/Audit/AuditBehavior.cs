using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;
using Msp.Domain.Accounts;

namespace Msp.Application.Audit;

/// <summary>
/// Records every command that passed authentication and validation (ADR 33): a command that commits has its event
/// written in its own transaction, just before the commit, so the change and its record stand or fall together; one
/// that answers a documented error has its event written once its transaction has rolled back, with that error; one
/// that crashes has none, as it changed nothing. Each event is also a structured log event, for a SIEM. Queries are
/// not recorded: the behavior's constraint keeps the container from composing it for them.
/// </summary>
public sealed partial class AuditBehavior<TRequest, TResponse>(
    AuditEntry entry,
    CallerContext context,
    IClientAddress clientAddress,
    IUnitOfWork unitOfWork,
    IAuditRepository trail,
    TimeProvider clock,
    IOptions<AuditOptions> options,
    ILogger<AuditBehavior<TRequest, TResponse>> logger) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommandMarker
    where TResponse : IOperationResult
{
    private static readonly string Operation = OperationName(typeof(TRequest).Name);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!options.Value.Enabled)
        {
            return await next();
        }

        var occurredAtUtc = clock.GetUtcNow().UtcDateTime;
        unitOfWork.BeforeCommit(token => trail.AppendAsync(Events(request, occurredAtUtc, null), token));
        var response = await next();
        var events = Events(request, occurredAtUtc, response.Error);
        if (response.Error is not null)
        {
            await trail.AppendAtOnceAsync(events, cancellationToken);
        }

        foreach (var audit in events)
        {
            LogRecorded(logger, audit.Operation, audit.OutcomeStatus, audit.ActorAccountId, audit.ActorRole, audit.ActorPartnerId, audit.TargetUserId, audit.ClientAddress);
        }

        return response;
    }

    private List<AuditEvent> Events(TRequest request, DateTime occurredAtUtc, ApiError? error)
    {
        var caller = context.IsResolved ? context.Caller : null;
        var main = AuditTargets<TRequest>.On(
            new AuditEvent(occurredAtUtc, Operation, error?.Status ?? 200, error?.Body ?? "ok", clientAddress.Value, Activity.Current?.TraceId.ToHexString())
            {
                ActorAccountId = caller?.UserId ?? entry.ActorAccountId,
                ActorRole = RoleName(caller?.Role ?? entry.ActorRole),
                ActorPartnerId = caller?.PartnerId,
                ActorLogin = entry.ActorLogin,
                TargetUserId = entry.TargetUserId,
                Detail = entry.Detail,
            },
            request);
        var events = new List<AuditEvent>(1 + entry.Raised.Count) { main };
        events.AddRange(entry.Raised.Select(raised => main with { Operation = raised.Operation, TargetUserId = raised.AccountId, Detail = null }));
        return events;
    }

    /// <summary><c>UsersUpdateCommand</c> → <c>usersUpdate</c>: the name the published document gives the operation.</summary>
    private static string OperationName(string requestType)
    {
        var name = requestType.EndsWith("Command", StringComparison.Ordinal) ? requestType[..^"Command".Length] : requestType;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The role as the contract names it (docs/contract.md §2).</summary>
    private static string? RoleName(Role? role) => role switch
    {
        Role.MspAdmin => "msp_admin",
        Role.PartnerAdmin => "partner_admin",
        Role.Service => "service",
        Role.EndUser => "end_user",
        _ => null,
    };

    [LoggerMessage(EventId = 3300, EventName = "Audit", Level = LogLevel.Information,
        Message = "Audit {Operation} answered {OutcomeStatus}: actor {ActorAccountId} ({ActorRole}, BP {ActorPartnerId}), user {TargetUserId}, from {ClientAddress}")]
    private static partial void LogRecorded(
        ILogger logger, string operation, int outcomeStatus, long? actorAccountId, string? actorRole, long? actorPartnerId, long? targetUserId, string clientAddress);
}

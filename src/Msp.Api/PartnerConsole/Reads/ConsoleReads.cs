using MediatR;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Requests;
using Msp.Application.Common.Results;
using Msp.Application.Common.Security;
using Msp.Application.Common.Validation;
using Msp.Domain.Accounts;

namespace Msp.Api.PartnerConsole.Reads;

// The console's own reads (ADR 32): what a person needs on a page and no API operation answers (a search over a BP's
// users, the partners an msp admin may pick, a partner's look, which services a user has). They are MediatR requests
// like the API's, sent through the same pipeline (the caller resolved from the session, the tenant scope asked), and
// only read. Every change the console makes is an API command.

/// <summary>The signed-in caller's kind and partner, the partners it may pick, and the look of the one shown.</summary>
internal sealed record ConsoleContextQuery(long? Partner) : IRequest<Result<ConsoleContext>>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => ApiError.UnauthorizedClient;
}

internal sealed record ConsoleContext(long UserId, Role Role, long? PartnerId, IReadOnlyList<PartnerChoice> Partners, PartnerLook? Look);

internal sealed record PartnerChoice(long Id, string Name);

internal sealed class PartnerLook
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Logo { get; init; } = "";

    public string ColorTop { get; init; } = "";

    public string FontColorTop { get; init; } = "";
}

internal sealed class ConsoleContextQueryHandler(CallerContext context, ISqlReader database)
    : IRequestHandler<ConsoleContextQuery, Result<ConsoleContext>>
{
    /// <summary>The partners a platform admin may pick from; the list is the platform's customers, a few hundred at most.</summary>
    private const string AllPartners = """
        SELECT id AS Id, name AS Name FROM business_partners ORDER BY id {{page}}
        """;

    private const string Look = """
        SELECT p.id AS Id, p.name AS Name, COALESCE(b.logo, '') AS Logo, COALESCE(b.color_top, '') AS ColorTop, COALESCE(b.font_color_top, '') AS FontColorTop
        FROM business_partners p LEFT JOIN partner_branding b ON b.partner_id = p.id
        WHERE p.id = @Id
        """;

    public async Task<Result<ConsoleContext>> Handle(ConsoleContextQuery request, CancellationToken cancellationToken)
    {
        var caller = context.Caller;
        IReadOnlyList<PartnerChoice> partners = [];
        long? shown = null;
        if (caller.Role == Role.MspAdmin)
        {
            partners = await database.ListAsync<PartnerChoice>(AllPartners, new { Offset = 0, Limit = 1000 }, cancellationToken);
            shown = partners.Any(p => p.Id == request.Partner) ? request.Partner : (partners.Count > 0 ? partners[0].Id : null);
        }
        else if (caller.Role == Role.PartnerAdmin)
        {
            shown = caller.PartnerId;
        }

        var look = shown is { } id ? await database.SingleOrDefaultAsync<PartnerLook>(Look, new { Id = id }, cancellationToken) : null;
        if (caller.Role == Role.PartnerAdmin && look is not null)
        {
            partners = [new PartnerChoice(look.Id, look.Name)];
        }

        return new ConsoleContext(caller.UserId, caller.Role, shown, partners, look);
    }
}

/// <summary>
/// One page of a BP's end users in one status, in id order, optionally those whose username, email, name or last name
/// contains <see cref="Search"/>; keyset paging (after or before an id), so a page deep in 100,000 users costs what the
/// first one does. The total of an unfiltered list is summed from the BP's counted blocks (migration 0029).
/// </summary>
internal sealed record ConsoleUsersQuery(long PartnerId, string? Search, AccountStatus Status, long? After, long? Before, int Limit)
    : IRequest<Result<ConsoleUsersPage>>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => ApiError.UnauthorizedClient;
}

internal sealed record ConsoleUsersPage(IReadOnlyList<ConsoleUserRow> Users, long? Total, bool HasNext, bool HasPrevious);

internal sealed class ConsoleUserRow
{
    public long Id { get; init; }

    public string Username { get; init; } = "";

    public string Email { get; init; } = "";

    public string Name { get; init; } = "";

    public string Lastname { get; init; } = "";
}

internal sealed class ConsoleUsersQueryHandler(TenantScope scope, ISqlReader database)
    : IRequestHandler<ConsoleUsersQuery, Result<ConsoleUsersPage>>
{
    public const int MaxSearchLength = 100;

    private const string Forward = """
        SELECT id AS Id, username AS Username, email AS Email, name AS Name, lastname AS Lastname
        FROM accounts
        WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Status AND id > @After
            AND (@Pattern IS NULL OR username LIKE @Pattern ESCAPE '\' OR email LIKE @Pattern ESCAPE '\' OR name LIKE @Pattern ESCAPE '\' OR lastname LIKE @Pattern ESCAPE '\')
        ORDER BY id {{page}}
        """;

    private const string Backward = """
        SELECT id AS Id, username AS Username, email AS Email, name AS Name, lastname AS Lastname
        FROM accounts
        WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Status AND id < @Before
            AND (@Pattern IS NULL OR username LIKE @Pattern ESCAPE '\' OR email LIKE @Pattern ESCAPE '\' OR name LIKE @Pattern ESCAPE '\' OR lastname LIKE @Pattern ESCAPE '\')
        ORDER BY id DESC {{page}}
        """;

    private const string Total = """
        SELECT COALESCE(SUM(accounts), 0) FROM account_blocks WHERE partner_id = @PartnerId AND role_id = @EndUser AND status = @Status
        """;

    public async Task<Result<ConsoleUsersPage>> Handle(ConsoleUsersQuery request, CancellationToken cancellationToken)
    {
        if (!scope.MayReachPartner(request.PartnerId, AllowedCallers.Managers))
        {
            return new ConsoleUsersPage([], 0, false, false);
        }

        var search = request.Search?.Trim();
        var pattern = string.IsNullOrEmpty(search) ? null : "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var backward = request.Before is not null;
        var parameters = new
        {
            request.PartnerId,
            EndUser = (int)Role.EndUser,
            Status = (int)request.Status,
            After = request.After ?? 0,
            Before = request.Before ?? 0,
            Pattern = pattern,
            Offset = 0,
            Limit = request.Limit + 1,
        };
        var rows = await database.ListAsync<ConsoleUserRow>(backward ? Backward : Forward, parameters, cancellationToken);
        var more = rows.Count > request.Limit;
        var page = rows.Take(request.Limit).ToList();
        if (backward)
        {
            page.Reverse();
        }

        long? total = pattern is null ? await database.SingleOrDefaultAsync<long>(Total, parameters, cancellationToken) : null;
        return new ConsoleUsersPage(page, total, backward || more, backward ? more : request.After is > 0);
    }
}

/// <summary>The services a user's BP offers, each with whether the user has it (the user page's switches).</summary>
internal sealed record ConsoleUserServicesQuery(WireId? UserId) : IRequest<Result<IReadOnlyList<ConsoleService>>>, ITargetUserRequest
{
    public static ApiError Unauthorized => ApiError.UnauthorizedClient;

    public static AllowedCallers TargetReach => AllowedCallers.Managers;

    public static ApiError TargetMissing => ApiError.Msg(404, "Not found");
}

/// <summary>The services a BP offers, with whether each is running on the platform.</summary>
internal sealed record ConsolePartnerServicesQuery(long PartnerId) : IRequest<Result<IReadOnlyList<ConsoleService>>>, IAuthenticatedRequest
{
    public static ApiError Unauthorized => ApiError.UnauthorizedClient;
}

internal sealed class ConsoleService
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public long Active { get; init; }

    public long Subscribed { get; init; }

    public bool IsActive => Active != 0;

    public bool IsSubscribed => Subscribed != 0;
}

internal sealed class ConsoleServicesQueryHandler(TenantScope scope, TargetUser target, ISqlReader database)
    : IRequestHandler<ConsoleUserServicesQuery, Result<IReadOnlyList<ConsoleService>>>,
      IRequestHandler<ConsolePartnerServicesQuery, Result<IReadOnlyList<ConsoleService>>>
{
    private const string Offered = """
        SELECT s.id AS Id, s.name AS Name, s.active AS Active, CASE WHEN u.account_id IS NULL THEN 0 ELSE 1 END AS Subscribed
        FROM partner_services o
        JOIN services s ON s.id = o.service_id
        LEFT JOIN subscriptions u ON u.service_id = s.id AND u.account_id = @UserId
        WHERE o.partner_id = @PartnerId
        ORDER BY s.id
        """;

    public async Task<Result<IReadOnlyList<ConsoleService>>> Handle(ConsoleUserServicesQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        return user.PartnerId is { } partner
            ? Result<IReadOnlyList<ConsoleService>>.Success(await database.ListAsync<ConsoleService>(Offered, new { UserId = user.Id, PartnerId = partner }, cancellationToken))
            : Result<IReadOnlyList<ConsoleService>>.Success([]);
    }

    public async Task<Result<IReadOnlyList<ConsoleService>>> Handle(ConsolePartnerServicesQuery request, CancellationToken cancellationToken) =>
        scope.MayReachPartner(request.PartnerId, AllowedCallers.Managers)
            ? Result<IReadOnlyList<ConsoleService>>.Success(await database.ListAsync<ConsoleService>(Offered, new { UserId = 0L, request.PartnerId }, cancellationToken))
            : Result<IReadOnlyList<ConsoleService>>.Success([]);
}

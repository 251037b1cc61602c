using Msp.Application.Upstreams.Comlite;

namespace Msp.Infrastructure.Upstreams.Comlite;

/// <summary>
/// Comlite in Sandbox mode (Development): user 955 has the terminal of spec 4.1's example, everyone else is unknown
/// to Comlite (docs/demo-data.md "Upstream services").
/// </summary>
public sealed class ComliteSandboxGateway : IComliteGateway
{
    private const long DemoUserId = 955;

    private static readonly TerminalsOutcome DemoTerminals = new TerminalsOutcome.Found([new ComliteTerminal("33", "aaaaaaaaaaaa", "GXP1610")]);

    private static readonly TerminalsOutcome Unknown = new TerminalsOutcome.UserNotFound();

    public Task<TerminalsOutcome> GetTerminalsAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(userId == DemoUserId ? DemoTerminals : Unknown);
}

namespace Msp.Application.Upstreams.Comlite;

/// <summary>Comlite, the VoIP system (spec 4): what MSP asks of it on a user's behalf.</summary>
public interface IComliteGateway
{
    /// <summary>The user's terminals. Never throws for an upstream failure: that is <see cref="TerminalsOutcome.Unavailable"/>.</summary>
    Task<TerminalsOutcome> GetTerminalsAsync(long userId, CancellationToken cancellationToken);
}

/// <summary>A VoIP terminal (a desk phone) as spec 4.1 shows it.</summary>
public sealed record ComliteTerminal(string Id, string Mac, string Model);

/// <summary>What Comlite answered: the terminals, that it does not know the user, or nothing usable.</summary>
public abstract record TerminalsOutcome
{
    private TerminalsOutcome()
    {
    }

    public sealed record Found(IReadOnlyList<ComliteTerminal> Terminals) : TerminalsOutcome;

    public sealed record UserNotFound : TerminalsOutcome;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why.</summary>
    public sealed record Unavailable : TerminalsOutcome;
}

namespace Msp.Application.Upstreams.Comlite.GetTerminals;

/// <summary><c>{"status":{"status":"ok","terminals":[…]}}</c>, as spec 4.1 prints it.</summary>
public sealed record GetTerminalsResponse(TerminalList Status);

public sealed record TerminalList(string Status, IReadOnlyList<ComliteTerminal> Terminals)
{
    public static TerminalList Ok(IReadOnlyList<ComliteTerminal> terminals) => new("ok", terminals);
}

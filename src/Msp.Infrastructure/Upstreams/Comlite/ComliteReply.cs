using System.Text.Json;

namespace Msp.Infrastructure.Upstreams.Comlite;

/// <summary>
/// Comlite's answer to <c>GET {api_url}terminals</c>: the body spec 4.1 prints, which MSP relays (docs/upstreams.md).
/// Everything is optional here; <see cref="ComliteHttpGateway"/> decides what is usable.
/// </summary>
internal sealed class ComliteReply
{
    public ComliteReplyStatus? Status { get; init; }
}

internal sealed class ComliteReplyStatus
{
    public string? Status { get; init; }

    public string? Msg { get; init; }

    public IReadOnlyList<ComliteReplyTerminal>? Terminals { get; init; }
}

internal sealed class ComliteReplyTerminal
{
    /// <summary>The spec shows a string ("33"); a number is accepted too and relayed as that string.</summary>
    public JsonElement Id { get; init; }

    public string? Mac { get; init; }

    public string? Model { get; init; }
}

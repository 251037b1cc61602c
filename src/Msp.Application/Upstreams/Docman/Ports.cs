using System.Text.Json;

namespace Msp.Application.Upstreams.Docman;

/// <summary>
/// A Docman system (spec 5 and 10): what MSP asks of it on a user's behalf. One adapter serves both Docman services;
/// which one it calls is the <see cref="DocmanService"/> the route chose. Never throws for an upstream failure: that is
/// <see cref="DocmanOutcome{T}.Unavailable"/>.
/// </summary>
public interface IDocmanGateway
{
    Task<DocmanOutcome<IReadOnlyList<DocmanContact>>> GetContactsAsync(DocmanService service, long userId, CancellationToken cancellationToken);

    Task<DocmanOutcome<BinaryContent>> GetContactAvatarAsync(DocmanService service, long userId, long contactId, CancellationToken cancellationToken);

    Task<DocmanOutcome<BinaryContent>> GetDocumentAsync(DocmanService service, long userId, long docId, CancellationToken cancellationToken);

    Task<DocmanOutcome<DocmanTrees>> GetDocumentTreesAsync(DocmanService service, long userId, CancellationToken cancellationToken);

    Task<DocmanOutcome<BinaryContent>> GetImageAsync(DocmanService service, long userId, long itemId, CancellationToken cancellationToken);

    Task<DocmanOutcome<IReadOnlyList<JsonElement>>> GetNotificationsAsync(DocmanService service, long userId, CancellationToken cancellationToken);
}

/// <summary>
/// One of the two Docman services: the <c>services.upstream</c> name of its record, and the configuration section and
/// HTTP client (<c>Upstreams:&lt;Section&gt;</c>) it is called with. Chosen by the route (its module group's metadata),
/// never by the client.
/// </summary>
public sealed class DocmanService : IRouteValue
{
    private DocmanService(string upstream, string section)
    {
        Upstream = upstream;
        Section = section;
    }

    /// <summary>Spec 5: <c>/getContact</c>, …</summary>
    public static DocmanService Docman { get; } = new("Docman", "Docman");

    /// <summary>Spec 10: <c>/sw/getContact</c>, …</summary>
    public static DocmanService SwDocman { get; } = new("SW Docman", "SwDocman");

    public string Upstream { get; }

    public string Section { get; }

    public override string ToString() => Upstream;
}

/// <summary>A contact person as spec 5.1 shows it.</summary>
public sealed record DocmanContact(
    string Id,
    string Fullname,
    string Role,
    string Url,
    string Email,
    string Telephone,
    string Schedule,
    string Company,
    string Address,
    string Zip,
    string City);

/// <summary>The user's and the repository's document trees (spec 5.5), relayed as Docman shapes them.</summary>
public sealed record DocmanTrees(IReadOnlyList<JsonElement> Usertree, IReadOnlyList<JsonElement> Repotree);

/// <summary>The documented refusals Docman answers with a 200 (spec 5.2–5.6).</summary>
public enum DocmanRefusal
{
    ContactNotSet,
    NotManagerId,
    DocIdNotCorrect,
    FileNotFound,
    ItemIdNotCorrect,
}

/// <summary>What Docman answered: the value, one of its documented refusals, or nothing usable.</summary>
public abstract record DocmanOutcome<T>
{
    private DocmanOutcome()
    {
    }

    public sealed record Found(T Value) : DocmanOutcome<T>;

    public sealed record Refused(DocmanRefusal Reason) : DocmanOutcome<T>;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why.</summary>
    public sealed record Unavailable : DocmanOutcome<T>;
}

using System.Text.Json;
using Msp.Application.Upstreams.Docman;

namespace Msp.Infrastructure.Upstreams.Docman;

/// <summary>
/// A Docman JSON answer: the bodies spec 5 prints, which MSP relays (docs/upstreams.md). Everything is optional here;
/// the readers below decide what is usable.
/// </summary>
internal sealed class DocmanReply
{
    public string? Status { get; init; }

    public string? Msg { get; init; }

    public IReadOnlyList<DocmanReplyContact>? Contacts { get; init; }

    public IReadOnlyList<JsonElement>? Usertree { get; init; }

    public IReadOnlyList<JsonElement>? Repotree { get; init; }

    public IReadOnlyList<JsonElement>? Notifications { get; init; }

    /// <summary>Spec 5.7: the latest five; should Docman send more, the first five (it lists the latest first).</summary>
    private const int NotificationCount = 5;

    public static IReadOnlyList<DocmanContact>? ReadContacts(DocmanReply reply) =>
        reply.Contacts is { } contacts && contacts.All(c => c.Id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            ? contacts.Select(c => c.ToContact()).ToArray()
            : null;

    public static DocmanTrees? ReadTrees(DocmanReply reply) =>
        reply is { Usertree: { } user, Repotree: { } repo } ? new DocmanTrees(user, repo) : null;

    public static IReadOnlyList<JsonElement>? ReadNotifications(DocmanReply reply) => reply.Notifications?.Take(NotificationCount).ToArray();

    /// <summary>One of the documented refusals, recognised by its <c>msg</c> (case-insensitively), or null.</summary>
    public static DocmanRefusal? ReadRefusal(DocmanReply? reply) => reply is { Status: "error", Msg: { } msg }
        ? msg.ToLowerInvariant() switch
        {
            "contact not set" => DocmanRefusal.ContactNotSet,
            "not manager id" => DocmanRefusal.NotManagerId,
            "doc_id not correct" => DocmanRefusal.DocIdNotCorrect,
            "file not found" => DocmanRefusal.FileNotFound,
            "item_id not correct" => DocmanRefusal.ItemIdNotCorrect,
            _ => null,
        }
        : null;
}

internal sealed class DocmanReplyContact
{
    /// <summary>The spec shows a string ("15"); a number is accepted too and relayed as that string.</summary>
    public JsonElement Id { get; init; }

    public string? Fullname { get; init; }

    public string? Role { get; init; }

    public string? Url { get; init; }

    public string? Email { get; init; }

    public string? Telephone { get; init; }

    public string? Schedule { get; init; }

    public string? Company { get; init; }

    public string? Address { get; init; }

    public string? Zip { get; init; }

    public string? City { get; init; }

    /// <summary>A field Docman leaves out is sent as the empty string the spec shows for unset ones.</summary>
    public DocmanContact ToContact() => new(
        Id.ValueKind == JsonValueKind.String ? Id.GetString()! : Id.GetRawText(),
        Fullname ?? "",
        Role ?? "",
        Url ?? "",
        Email ?? "",
        Telephone ?? "",
        Schedule ?? "",
        Company ?? "",
        Address ?? "",
        Zip ?? "",
        City ?? "");
}

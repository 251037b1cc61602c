using System.Text.Json;

namespace Msp.Application.Upstreams.Docman;

/// <summary>Spec 5.1: <c>{"status":"ok","contacts":[…]}</c>.</summary>
public sealed record ContactList(string Status, IReadOnlyList<DocmanContact> Contacts)
{
    public static ContactList Ok(IReadOnlyList<DocmanContact> contacts) => new("ok", contacts);
}

/// <summary>Spec 5.5: <c>{"status":"ok","usertree":[…],"repotree":[…]}</c>.</summary>
public sealed record DocumentTrees(string Status, IReadOnlyList<JsonElement> Usertree, IReadOnlyList<JsonElement> Repotree)
{
    public static DocumentTrees Ok(DocmanTrees trees) => new("ok", trees.Usertree, trees.Repotree);
}

/// <summary>Spec 5.7: <c>{"status":"ok","notifications":[…]}</c>, the latest five.</summary>
public sealed record NotificationList(string Status, IReadOnlyList<JsonElement> Notifications)
{
    public static NotificationList Ok(IReadOnlyList<JsonElement> notifications) => new("ok", notifications);
}

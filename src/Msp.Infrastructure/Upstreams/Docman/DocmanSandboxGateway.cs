using System.Text.Json;
using Msp.Application.Common.Results;
using Msp.Application.Upstreams.Docman;

namespace Msp.Infrastructure.Upstreams.Docman;

/// <summary>
/// Both Docman services in Sandbox mode (Development), for every subscriber: spec 5.1's five contacts, each with an
/// avatar, a small document tree whose document 1 is a small real PDF and whose items 1 and 2 have a small real JPEG,
/// and one notification (docs/demo-data.md "Upstream services"). Other ids get Docman's documented refusals.
/// </summary>
public sealed class DocmanSandboxGateway : IDocmanGateway
{
    private const string ResourcePrefix = "Msp.Infrastructure.Upstreams.Docman.Sandbox.";

    private static readonly IReadOnlyList<DocmanContact> Contacts =
    [
        new("15", "", "Bewirtschaftung", "", "info@wincasa.ch", "052 268 88 88", "Mo-Fr von 8:00 bis 20:00", "Wincasa AG", "Grüzefeldstrasse 41", "8401", "Winterthur"),
        new("16", "", "IT Help", "", "support@exxo-services.ch", "0800 00 00 33", "Mo – Fr von 08:00 bis 20:00", "exxo services GmbH", "Rietbachstrasse 10", "8952", "Schlieren"),
        new("155", "", "Bewirstschaftung", "", "support@ps-ag.ch", "0800 00 88 33", "Mo-Fr von 8:00 Uhr bis 20:00 Uhr", "Property Service AG", "Zürcherstrasse 33", "8003", "Schlieren"),
        new("177", "", "Smart Home", "http://www.smart-home-center.ch/", "support@shc.ch", "0800 00 11 11", "Mo – Fr von 08:00 bis 18:00", "dS Smart Home Center", "Brandstrasse 33", "8952", "Schlieren"),
        new("200", "", "Entertainment", "www.streamnow.ch", "fiberpower@streamnow.ch", "0800 00 99 33", "Mo-Fr von 8:00 bis 20:00", "streamnow - FiberPower", "Brandstrasse 33", "8952", "Schlieren"),
    ];

    private static readonly DocmanTrees Trees = new(
        Elements("""[{"id":"1","name":"Hausordnung","type":"document","item_id":"1"}]"""),
        Elements("""[{"id":"2","name":"Wohninfos","type":"category","item_id":"2","children":[]}]"""));

    private static readonly IReadOnlyList<JsonElement> Notifications =
        Elements("""[{"id":"1","title":"Wartung Lift","description":"Der Lift ist am Montag von 8 bis 12 Uhr ausser Betrieb.","date":"2016-08-12 09:00:00"}]""");

    private static readonly HashSet<long> ItemsWithImage = [1, 2];

    private const long DocumentWithFile = 1;

    public Task<DocmanOutcome<IReadOnlyList<DocmanContact>>> GetContactsAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        Task.FromResult<DocmanOutcome<IReadOnlyList<DocmanContact>>>(new DocmanOutcome<IReadOnlyList<DocmanContact>>.Found(Contacts));

    public Task<DocmanOutcome<DocmanTrees>> GetDocumentTreesAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        Task.FromResult<DocmanOutcome<DocmanTrees>>(new DocmanOutcome<DocmanTrees>.Found(Trees));

    public Task<DocmanOutcome<IReadOnlyList<JsonElement>>> GetNotificationsAsync(DocmanService service, long userId, CancellationToken cancellationToken) =>
        Task.FromResult<DocmanOutcome<IReadOnlyList<JsonElement>>>(new DocmanOutcome<IReadOnlyList<JsonElement>>.Found(Notifications));

    public Task<DocmanOutcome<BinaryContent>> GetContactAvatarAsync(DocmanService service, long userId, long contactId, CancellationToken cancellationToken) =>
        File(Contacts.Any(c => c.Id == contactId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "contact.jpg", "image/jpeg", DocmanRefusal.NotManagerId);

    public Task<DocmanOutcome<BinaryContent>> GetDocumentAsync(DocmanService service, long userId, long docId, CancellationToken cancellationToken) =>
        File(docId == DocumentWithFile, "document.pdf", "application/pdf", DocmanRefusal.FileNotFound);

    public Task<DocmanOutcome<BinaryContent>> GetImageAsync(DocmanService service, long userId, long itemId, CancellationToken cancellationToken) =>
        File(ItemsWithImage.Contains(itemId), "contact.jpg", "image/jpeg", DocmanRefusal.ItemIdNotCorrect);

    private static Task<DocmanOutcome<BinaryContent>> File(bool exists, string resource, string contentType, DocmanRefusal otherwise)
    {
        if (!exists)
        {
            return Task.FromResult<DocmanOutcome<BinaryContent>>(new DocmanOutcome<BinaryContent>.Refused(otherwise));
        }

        var assembly = typeof(DocmanSandboxGateway).Assembly;
        long? length;
        using (var probe = assembly.GetManifestResourceStream(ResourcePrefix + resource)!)
        {
            length = probe.Length;
        }

        return Task.FromResult<DocmanOutcome<BinaryContent>>(new DocmanOutcome<BinaryContent>.Found(
            new BinaryContent(contentType, _ => Task.FromResult(assembly.GetManifestResourceStream(ResourcePrefix + resource)!), length)));
    }

    private static JsonElement[] Elements(string json) =>
        JsonSerializer.Deserialize<JsonElement>(json).EnumerateArray().ToArray();
}

using System.Xml.Linq;

using Msp.Api.Http;

namespace Msp.Api.OpenApi;

/// <summary>
/// The summaries written on the request records (Msp.Application's XML documentation file), as plain text: an
/// operation is described once, where it is declared.
/// </summary>
internal static class RequestSummaries
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Summaries = new(Load);

    public static string? Of(Type requestType) =>
        Summaries.Value.GetValueOrDefault("T:" + requestType.FullName);

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(Msp.Application.DependencyInjection).Assembly;
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            return [];
        }

        return XDocument.Load(path).Descendants("member")
            .Where(member => member.Element("summary") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, member => PlainText(member.Element("summary")!));
    }

    /// <summary>Text with each <c>see</c> reference as its last name, each <c>paramref</c> as its name, and the lines joined.</summary>
    private static string PlainText(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? "").Split('.', ':')[^1],
            XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? "",
            XElement e => e.Value,
            _ => "",
        }));
        return string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Reflection;

namespace Msp.Application.Common.Requests;

/// <summary>
/// An operation's documented answers, declared once in its folder (<c>&lt;Operation&gt;Answers.Documented</c>, ADR 31):
/// the success bodies the spec prints, the file or page it may answer instead, and every documented failure. The route
/// carries them, the OpenAPI document types and shows them, and the robustness sweep holds every answer to them.
/// Where the success is a fixed text (<see cref="MessageResponse"/>, a relayed example) <see cref="Successes"/> is the
/// whole set; otherwise they are examples of the handler's type, whose schema the document gives.
/// </summary>
public sealed record OperationAnswers
{
    private const string Member = "Documented";

    /// <summary>The success bodies, as JSON text (answered with 200).</summary>
    public IReadOnlyList<string> Successes { get; init; } = [];

    public IReadOnlyList<ApiError> Failures { get; init; } = [];

    /// <summary>The media type of a file or page answered at <see cref="FileStatuses"/>; null for JSON only.</summary>
    public string? File { get; init; }

    public IReadOnlyList<int> FileStatuses { get; init; } = [];

    /// <summary>The HTML pages, by status and heading (in English), where the operation answers pages.</summary>
    public IReadOnlyList<(int Status, string Heading)> Pages { get; init; } = [];

    /// <summary>The JSON success type where the handler's own says nothing (getInvoice answers JSON or a PDF).</summary>
    public Type? JsonType { get; init; }

    public static OperationAnswers Json(string success, params ApiError[] failures) => Json([success], failures);

    /// <summary>An operation with several successful bodies (logout's "Logout OK", checkHardware's "OK" and "KO").</summary>
    public static OperationAnswers Json(string[] successes, params ApiError[] failures) => new() { Successes = successes, Failures = failures };

    /// <summary>A JPEG on success (spec 5.2, 5.5, 7.2, 9.4).</summary>
    public static OperationAnswers Jpeg(params ApiError[] failures) => FileOf("image/jpeg", failures);

    /// <summary>A file of <paramref name="contentType"/> on success, streamed (getDocInfo's PDF).</summary>
    public static OperationAnswers FileOf(string contentType, params ApiError[] failures) =>
        new() { Failures = failures, File = contentType, FileStatuses = [200] };

    /// <summary>JSON of <typeparamref name="TJson"/>, or a file of <paramref name="contentType"/> when the client asks for it (getInvoice's PDF).</summary>
    public static OperationAnswers JsonOrFile<TJson>(string success, string contentType, params ApiError[] failures) =>
        new() { Successes = [success], Failures = failures, File = contentType, FileStatuses = [200], JsonType = typeof(TJson) };

    /// <summary>HTML pages (the reset link's), beside JSON answers.</summary>
    public static OperationAnswers HtmlPages((int Status, string Heading)[] pages, string[] successes, params ApiError[] failures) => new()
    {
        Successes = successes,
        Failures = failures,
        File = "text/html",
        FileStatuses = [.. pages.Select(page => page.Status).Distinct()],
        Pages = pages,
    };

    /// <summary>
    /// The answers <paramref name="request"/>'s folder declares (<c>&lt;Operation&gt;Answers</c>), or, for an operation that
    /// shares its handler with others and has none of its own, those declared once beside their family's interface
    /// (<c>IUserStatusCommand</c> → <c>UserStatusAnswers</c>).
    /// </summary>
    public static OperationAnswers Of(Type request)
    {
        var operation = request.Name[..^(request.Name.EndsWith("Command", StringComparison.Ordinal) ? "Command" : "Query").Length];
        var module = request.Namespace![..request.Namespace!.LastIndexOf('.')];
        var declaring = request.Assembly.GetType($"{request.Namespace}.{operation}Answers")
            ?? request.GetInterfaces()
                .Where(family => family.Namespace?.StartsWith(module + ".", StringComparison.Ordinal) == true)
                .Select(family => request.Assembly.GetType($"{family.Namespace}.{FamilyName(family)}Answers"))
                .FirstOrDefault(type => type is not null)
            ?? throw new InvalidOperationException($"{request.Name} declares no answers: {operation}Answers.cs in its folder (ADR 31).");
        return declaring.GetProperty(Member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as OperationAnswers
            ?? throw new InvalidOperationException($"{declaring.Name} has no public static OperationAnswers {Member}.");
    }

    /// <summary><c>IUserStatusCommand</c> → <c>UserStatus</c>.</summary>
    private static string FamilyName(Type family)
    {
        var name = family.Name.Split('`')[0][1..];
        return name.EndsWith("Command", StringComparison.Ordinal) ? name[..^"Command".Length]
            : name.EndsWith("Query", StringComparison.Ordinal) ? name[..^"Query".Length]
            : name;
    }
}

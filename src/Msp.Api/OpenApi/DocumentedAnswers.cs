using Msp.Application.Common.Results;

namespace Msp.Api.OpenApi;

/// <summary>
/// An operation's documented answers, kept on its endpoint for <see cref="OperationAnswersTransformer"/>: the success
/// bodies the spec prints (the examples), the file or page it may answer instead, and every documented failure. The
/// success's schema comes from the type the operation's handler returns; a failure's from its body.
/// </summary>
internal sealed record DocumentedAnswers(string[] SuccessJson, ApiError[] Failures)
{
    /// <summary>The media type of a file or page answered at <see cref="FileStatuses"/>; null for JSON only.</summary>
    public string? File { get; init; }

    public int[] FileStatuses { get; init; } = [];

    /// <summary>The JSON success type where the handler's own says nothing (getInvoice answers JSON or a PDF).</summary>
    public Type? JsonType { get; init; }
}

internal static class DocumentedAnswersRouteBuilder
{
    public static IEndpointConventionBuilder Answers(this IEndpointConventionBuilder builder, string successJson, params ApiError[] failures) =>
        builder.WithMetadata(new DocumentedAnswers([successJson], failures));

    /// <summary>An operation with several successful bodies (logout's "Logout OK", checkHardware's "OK" and "KO").</summary>
    public static IEndpointConventionBuilder Answers(this IEndpointConventionBuilder builder, string[] successJson, params ApiError[] failures) =>
        builder.WithMetadata(new DocumentedAnswers(successJson, failures));

    /// <summary>A JPEG on success (spec 5.2, 5.5, 7.2, 9.4).</summary>
    public static IEndpointConventionBuilder AnswersJpeg(this IEndpointConventionBuilder builder, params ApiError[] failures) =>
        builder.AnswersFile("image/jpeg", failures);

    /// <summary>A file of <paramref name="contentType"/> on success, streamed (getDocInfo's PDF).</summary>
    public static IEndpointConventionBuilder AnswersFile(this IEndpointConventionBuilder builder, string contentType, params ApiError[] failures) =>
        builder.WithMetadata(new DocumentedAnswers([], failures) { File = contentType, FileStatuses = [200] });

    /// <summary>JSON of <typeparamref name="TJson"/>, or a file of <paramref name="contentType"/> when the client asks for it (getInvoice's PDF).</summary>
    public static IEndpointConventionBuilder AnswersJsonOrFile<TJson>(this IEndpointConventionBuilder builder, string successJson, string contentType, params ApiError[] failures) =>
        builder.WithMetadata(new DocumentedAnswers([successJson], failures) { File = contentType, FileStatuses = [200], JsonType = typeof(TJson) });

    /// <summary>An HTML page (the reset link's), at the statuses the page is answered with, beside JSON answers.</summary>
    public static IEndpointConventionBuilder AnswersPage(this IEndpointConventionBuilder builder, int[] pageStatuses, string[] successJson, params ApiError[] failures) =>
        builder.WithMetadata(new DocumentedAnswers(successJson, failures) { File = "text/html", FileStatuses = pageStatuses });
}

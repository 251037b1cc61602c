using System.Text.Encodings.Web;
using System.Text.Json;

namespace Msp.Application.Common.Results;

/// <summary>
/// A documented failure: the HTTP status and the exact JSON body the spec prints for it.
/// The body is serialised once, when the catalogue entry is created, so answering an error costs nothing.
/// </summary>
public sealed class ApiError
{
    private static readonly JsonSerializerOptions BodyOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ApiError(int status, string body, IReadOnlyList<ErrorDetail> details, TimeSpan? retryAfter = null)
    {
        Status = status;
        Body = body;
        Details = details;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    /// <summary>The documented body, as JSON text.</summary>
    public string Body { get; }

    /// <summary>The failed rules (spec 2.2.4), for the optional <c>errors</c> array; empty when there are none.</summary>
    public IReadOnlyList<ErrorDetail> Details { get; }

    /// <summary>How long the caller should wait before trying again (a limit's answer); sent as <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The one 500 body every operation documents.</summary>
    public static ApiError Unexpected { get; } = Error(500, "Something went wrong. Please try again later.");

    /// <summary>The unauthorized body most operations document (docs/contract.md §1); module catalogues name it too.</summary>
    public static ApiError UnauthorizedClient { get; } = Error(400, "unauthorized_client");

    /// <summary>The platform's usual answer to a missing parameter where an operation documents none (ADR 6).</summary>
    public static ApiError MissingParameters { get; } = Msg(400, "Missing parameters");

    /// <summary>The platform's usual answer to a malformed parameter where an operation documents none (ADR 6).</summary>
    public static ApiError BadParameters { get; } = Msg(400, "Bad parameters");

    /// <summary>
    /// The platform's answer past a limit or quota (docs/contract.md §3 prints it for the login limit; ADR 15 makes it every
    /// limit's answer where an operation documents no better one): a 429 with a <c>Retry-After</c>.
    /// </summary>
    public static ApiError TooManyRequests { get; } = Error(429, "Too many requests. Please try again later.");

    /// <summary><c>{"msg": msg}</c>.</summary>
    public static ApiError Msg(int status, string msg) => Of(status, new Dictionary<string, string> { ["msg"] = msg });

    /// <summary><c>{"error": error}</c>.</summary>
    public static ApiError Error(int status, string error) => Of(status, new Dictionary<string, string> { ["error"] = error });

    /// <summary><c>{"error": error, "error_description": description}</c>.</summary>
    public static ApiError Error(int status, string error, string description) =>
        Of(status, new Dictionary<string, string> { ["error"] = error, ["error_description"] = description });

    /// <summary>Any other documented body: an object in property order, or a bare JSON string.</summary>
    public static ApiError Of(int status, object body) =>
        new(status, JsonSerializer.Serialize(body, body.GetType(), BodyOptions), []);

    public ApiError WithDetails(IReadOnlyList<ErrorDetail> details) => new(Status, Body, details, RetryAfter);

    /// <summary>This answer, telling the caller to wait <paramref name="wait"/> (at least a second) before trying again.</summary>
    public ApiError WithRetryAfter(TimeSpan wait) => new(Status, Body, Details, wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);

    public override string ToString() => $"{Status} {Body}";
}

/// <summary>One failed rule, as spec 2.2.4 describes the <c>errors</c> array.</summary>
public sealed record ErrorDetail(string Code, string Description, IReadOnlyList<ErrorParameter> Params);

public sealed record ErrorParameter(string Name, string? Value);

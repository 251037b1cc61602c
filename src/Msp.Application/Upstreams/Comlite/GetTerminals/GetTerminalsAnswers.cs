namespace Msp.Application.Upstreams.Comlite.GetTerminals;

/// <summary>What POST /comlite/getTerminals answers.</summary>
public static class GetTerminalsAnswers
{
    /// <summary>Spec 4.1's example.</summary>
    private const string Terminals = """
        {"status":{"status":"ok","terminals":[{"id":"33","mac":"aaaaaaaaaaaa","model":"GXP1610"}]}}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Terminals, ComliteErrors.UserNotFound, ComliteErrors.Unauthorized, ApiError.TooManyRequests);
}

namespace Msp.Application.Upstreams.Docman.GetDocsInfo;

/// <summary>What POST /getDocsInfo and /sw/getDocsInfo answers.</summary>
public static class GetDocsInfoAnswers
{
    /// <summary>The spec prints the trees as <c>[...]</c>: Docman's own items, relayed as they are (here the sandbox's).</summary>
    private const string Trees = """
        {"status":"ok","usertree":[{"id":"1","name":"Hausordnung","type":"document","item_id":"1"}],"repotree":[{"id":"2","name":"Wohninfos","type":"category","item_id":"2","children":[]}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Trees, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}

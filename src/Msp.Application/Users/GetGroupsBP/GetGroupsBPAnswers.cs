namespace Msp.Application.Users.GetGroupsBP;

/// <summary>What GET /getGroupsBP answers.</summary>
public static class GetGroupsBPAnswers
{
    /// <summary>BP 1's group in the demo data (docs/demo-data.md).</summary>
    private const string Groups = """
        {"data":[{"id":"5","name":"test Jorge","users":[{"id":"896","name":"Mickey","lastname":"Maus"},{"id":"1097","name":"Fam.","lastname":"Muster  VZUG"},{"id":"1154","name":"Antonio2 José","lastname":"Jiménez"}]}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Groups, UsersErrors.NoGroupFound, UsersErrors.Unauthorized);
}

namespace Msp.Application.Users.GetInstallationUserInfo;

/// <summary>What GET /getInstallationUserInfo answers.</summary>
public static class GetInstallationUserInfoAnswers
{
    /// <summary>User 955's installation address in the demo data (docs/demo-data.md).</summary>
    private const string Addresses = """
        {"data":[{"name":"My Home","company":"","firstname":"Jorge","lastname":"Sanchez","street_address":"Markt","postcode":"8400","country_iso":"CH","state":"Zürich","city":"Winterthur"}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Addresses, UsersErrors.NoUserFound, UsersErrors.Unauthorized);
}

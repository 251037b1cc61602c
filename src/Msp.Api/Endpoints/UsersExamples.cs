namespace Msp.Api.Endpoints;

/// <summary>The Users operations' success bodies for the OpenAPI document: the spec's examples, from the demo data.</summary>
internal static class UsersExamples
{
    public const string GroupsBP = """
        {"data":[{"id":"5","name":"test Jorge","users":[{"id":"896","name":"Mickey","lastname":"Maus"},{"id":"1097","name":"Fam.","lastname":"Muster  VZUG"},{"id":"1154","name":"Antonio2 José","lastname":"Jiménez"}]}]}
        """;

    /// <summary>users/register and users/update: spec 6.43's <c>{'msg'=>'Ok'}</c>.</summary>
    public const string Done = """{"msg":"Ok"}""";

    public const string GroupsUser = """{"data":[{"id":"1","name":"Test user"},{"id":"2","name":"Mitte"}]}""";

    public const string InstallationUserInfo = """
        {"data":[{"name":"My Home","company":"","firstname":"Jorge","lastname":"Sanchez","street_address":"Markt","postcode":"8400","country_iso":"CH","state":"Zürich","city":"Winterthur"}]}
        """;
}

namespace Msp.IntegrationTests.Infrastructure;

/// <summary>The demo accounts' passwords of docs/demo-data.md, by login.</summary>
public static class DemoPasswords
{
    private static readonly Dictionary<string, string> ByLogin = new(StringComparer.Ordinal)
    {
        ["admin"] = "Admin#2016",
        ["vzug.admin"] = "Vzug#Admin1",
        ["lindau.admin"] = "Lindau#Admin1",
        ["docman"] = "Docman#Svc1",
        ["comlite"] = "Comlite#Svc1",
        ["demo.vzug"] = "Vzug#2016",
        ["antonio"] = "Antonio#1",
        ["mickey"] = "Mickey#1",
        ["jorge"] = "Jorge#2016",
    };

    public static string Of(string login) => ByLogin[login];
}

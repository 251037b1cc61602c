namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>docs/demo-data.md "Email templates": template 1 "Welcome", in German and English.</summary>
internal static class DemoEmailTemplates
{
    public static object[] Templates(DateTime now) => [new { Id = 1L, Name = "Welcome", Now = now }];

    public static readonly object[] Texts =
    [
        new
        {
            TemplateId = 1L,
            LanguageIso = "de",
            Subject = "Willkommen",
            Body = "Guten Tag {name} {lastname}\n\nIhr Konto ist eingerichtet. Ihr Benutzername: {username}\n\nFreundliche Grüsse",
        },
        new
        {
            TemplateId = 1L,
            LanguageIso = "en",
            Subject = "Welcome",
            Body = "Hello {name} {lastname}\n\nYour account is ready. Your username: {username}\n\nKind regards",
        },
    ];
}

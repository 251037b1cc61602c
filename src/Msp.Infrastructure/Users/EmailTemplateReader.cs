using Msp.Application.Users;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Users;

public sealed class EmailTemplateReader(DbSession db) : IEmailTemplateReader
{
    /// <summary>The asked language first, then English, then whatever text the template has.</summary>
    private const string FindSql = """
        SELECT subject AS Subject, body AS Body
        FROM email_template_texts
        WHERE template_id = @TemplateId
        ORDER BY CASE WHEN language_iso = @Iso THEN 0 WHEN language_iso = 'en' THEN 1 ELSE 2 END, language_iso
        """;

    public async Task<EmailTemplateText?> FindAsync(long templateId, string languageIso, CancellationToken cancellationToken) =>
        (await db.QueryAsync<EmailTemplateText>(FindSql, new { TemplateId = templateId, Iso = languageIso }, cancellationToken)).FirstOrDefault();
}

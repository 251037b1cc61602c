namespace Msp.Application.Audit;

/// <summary>
/// The <c>Audit</c> section: whether commands are recorded (on by default; off only to measure what recording costs).
/// How long rows are kept is the retention job's <c>Retention:AuditEvents</c>.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public bool Enabled { get; set; } = true;
}

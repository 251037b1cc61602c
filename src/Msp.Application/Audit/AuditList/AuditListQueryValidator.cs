namespace Msp.Application.Audit.AuditList;

/// <summary>The filters, when given, well formed; else the platform's usual 400 (ADR 6).</summary>
public sealed class AuditListQueryValidator : AbstractValidator<AuditListQuery>
{
    /// <summary>Operation names are method names (<c>usersUpdate</c>): far shorter than this.</summary>
    private const int MaxOperationLength = 64;

    public AuditListQueryValidator()
    {
        RuleFor(q => q.ActorId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(q => q.UserId).MustBeId().WithError(ApiError.BadParameters);
        RuleFor(q => q.Operation).MaximumLength(MaxOperationLength).WithError(ApiError.BadParameters);
        RuleFor(q => q.Operation).MustBeSingleLine().WithError(ApiError.BadParameters);
        RuleFor(q => q.From).MustBeValid().WithError(ApiError.BadParameters);
        RuleFor(q => q.Until).MustBeValid().WithError(ApiError.BadParameters);
    }
}

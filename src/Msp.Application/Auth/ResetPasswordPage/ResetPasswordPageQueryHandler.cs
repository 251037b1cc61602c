namespace Msp.Application.Auth.ResetPasswordPage;

public sealed class ResetPasswordPageQueryHandler(IPasswordResetRepository resets, TimeProvider clock)
    : IRequestHandler<ResetPasswordPageQuery, Result<HtmlPage>>
{
    public async Task<Result<HtmlPage>> Handle(ResetPasswordPageQuery request, CancellationToken cancellationToken)
    {
        var link = ResetLinkToken.IsWellFormed(request.Token) ? await resets.FindAsync(request.Token!, cancellationToken) : null;
        return link is not null && link.IsUsable(clock.GetUtcNow().UtcDateTime) ? ResetPasswordPages.Form(link.Audience) : ResetPasswordPages.InvalidLink;
    }
}

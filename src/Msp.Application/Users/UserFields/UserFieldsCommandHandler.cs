using Microsoft.Extensions.Options;
using Msp.Application.Audit;
using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Domain.Accounts;

namespace Msp.Application.Users.UserFields;

/// <summary>
/// Registers an end user, or updates one when the request names it, in one transaction: the account, its
/// subscriptions and the queued welcome email commit together or not at all. A partner admin works in its own BP
/// only; the msp admin anywhere. One handler serves users/register and users/update, closed over each by the registration.
/// </summary>
public sealed class UserFieldsCommandHandler<TCommand>(
    TenantScope scope,
    IUserRepository users,
    IEmailTemplateReader templates,
    IOutboxRepository outbox,
    IPasswordHasher hasher,
    ITokenRepository tokens,
    TakenAnswers takenAnswers,
    IOptions<MessageLimitsOptions> messageLimits,
    AuditEntry audit,
    TimeProvider clock) : IRequestHandler<TCommand, Result<MessageResponse>>
    where TCommand : IUserFieldsCommand
{
    private static readonly MessageResponse Done = new("Ok");

    public async Task<Result<MessageResponse>> Handle(TCommand request, CancellationToken cancellationToken)
    {
        if (await takenAnswers.RefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // A mobile number is where SMS go: not into the ranges SMS pumping pays out on (ADR 15).
        if (request.Account.Mobil is { } mobil && !messageLimits.Value.MayText(mobil.Value))
        {
            return UsersErrors.RegisterBadParameters;
        }

        Account? existing = null;
        if (request.Account.UserId is { } userId)
        {
            // Another BP's user, an unknown one, one pending deletion and an account that is no end user answer alike.
            existing = (await scope.FindUserAsync(userId.Value, AllowedCallers.Managers, cancellationToken))?.Account;
            if (existing is not { MayBeUpdated: true })
            {
                return UsersErrors.InvalidAccess;
            }
        }

        var partnerId = request.Account.PartnerId?.Value ?? existing?.PartnerId;
        if (request.Account.PartnerId is not null)
        {
            if (!scope.MayReachPartner(partnerId!.Value, AllowedCallers.Managers))
            {
                return UsersErrors.InvalidAccess;
            }

            if (!await users.PartnerExistsAsync(partnerId.Value, cancellationToken))
            {
                return UsersErrors.RegisterBadParameters;
            }
        }

        var language = request.Account.DefaultLanguage is { } iso ? LanguageCode.Parse(iso) : null;
        long? languageId = null;
        if (language is not null)
        {
            languageId = await users.FindLanguageIdAsync(language.Value, cancellationToken);
            if (languageId is null)
            {
                return UsersErrors.RegisterBadParameters;
            }
        }

        IReadOnlyCollection<long>? services = null;
        if (request.Account.Services is { } list && ServiceIds.TryParse(list, out var ids))
        {
            var offered = partnerId is { } bp ? await users.OfferedServiceIdsAsync(bp, cancellationToken) : [];
            if (!ids.All(offered.Contains))
            {
                return UsersErrors.RegisterBadParameters;
            }

            services = ids;
        }

        EmailTemplateText? template = null;
        if (request.Account.EmailTemplateId is { } templateId)
        {
            template = await templates.FindAsync(templateId.Value, (language ?? LanguageCode.English).Value, cancellationToken);
            if (template is null)
            {
                return UsersErrors.RegisterBadParameters;
            }
        }

        var row = UserRowMapper.ToRow(request.Account, request.Account.Password is { } password ? hasher.Hash(password) : null, languageId) with
        {
            Gender = request.Account.Gender is { } gender ? Gender.Parse(gender) : null,
        };
        if (await users.IsTakenAsync(row.Username, row.Email, existing?.Id ?? 0, cancellationToken))
        {
            await takenAnswers.CountAsync(cancellationToken);
            return UsersErrors.RegisterBadParameters;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var contact = existing is null ? await RegisterAsync(row, now, cancellationToken) : await UpdateAsync(existing, request, row, now, cancellationToken);
        if (contact is null)
        {
            // Taken since the read above: the unique index refused the write, and nothing of this request stays.
            return UsersErrors.RegisterBadParameters;
        }

        audit.Target(contact.Value.Id);
        if (services is not null)
        {
            await users.ReplaceSubscriptionsAsync(contact.Value.Id, services, now, cancellationToken);
        }

        // A welcome greets a new account. An update sends none (ADR 15): it would mail whatever address the caller just
        // wrote, with the name the caller just wrote, outside the welcome a registration is.
        if (template is not null && existing is null)
        {
            await outbox.EnqueueAsync(Welcome(template, contact.Value.Contact), cancellationToken);
        }

        return Done;
    }

    private async Task<(long Id, UserContact Contact)?> RegisterAsync(UserRow row, DateTime now, CancellationToken cancellationToken)
    {
        var id = await users.CreateAsync(row, now, cancellationToken);
        return id is null ? null : (id.Value, new UserContact(row.Email!, row.Name!, row.Lastname!, row.Username!));
    }

    private async Task<(long Id, UserContact Contact)?> UpdateAsync(Account account, TCommand request, UserRow row, DateTime now, CancellationToken cancellationToken)
    {
        var contact = await users.UpdateAsync(account.Id, row, now, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var change = account.Update((AccountStatus?)row.Status, newPassword: request.Account.Password is not null);
        if (change.EndsSessions)
        {
            await tokens.RevokeAllOfAccountAsync(account.Id, now, cancellationToken);
        }

        return (account.Id, contact);
    }

    private static OutgoingMessage Welcome(EmailTemplateText template, UserContact user)
    {
        string Fill(string text) => text
            .Replace("{name}", user.Name, StringComparison.Ordinal)
            .Replace("{lastname}", user.Lastname, StringComparison.Ordinal)
            .Replace("{username}", user.Username, StringComparison.Ordinal);
        return OutgoingMessage.Email(user.Email, Fill(template.Subject), Fill(template.Body));
    }
}

using Microsoft.Extensions.Options;
using Msp.Application.Audit;
using Msp.Application.Auth;
using Msp.Application.Common.Security;
using Msp.Application.Messaging;
using Msp.Application.Users.UserFields;

namespace Msp.Application.Users.UsersUpdate;

public sealed class UsersUpdateCommandHandler(
    TenantScope scope,
    IUserRepository users,
    IEmailTemplateReader templates,
    IOutboxRepository outbox,
    IPasswordHasher hasher,
    ITokenRepository tokens,
    TakenAnswers takenAnswers,
    IOptions<MessageLimitsOptions> messageLimits,
    AuditEntry audit,
    TimeProvider clock) : UserFieldsCommandHandler<UsersUpdateCommand>(scope, users, templates, outbox, hasher, tokens, takenAnswers, messageLimits, audit, clock);

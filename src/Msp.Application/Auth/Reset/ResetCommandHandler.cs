using Msp.Application.Audit;
using Msp.Application.Messaging;

namespace Msp.Application.Auth.Reset;

/// <summary>
/// Always answers OK for a well-formed email (docs/contract.md §3: no account enumeration), after the same work for every
/// address: one queued request. Whether it becomes an email with a link is decided when it is sent
/// (<see cref="PasswordResetEmail"/>), out of the request's time, so neither the answer nor its timing tells whether
/// the address has an active account.
/// </summary>
public sealed class ResetCommandHandler(IOutboxRepository outbox, AuditEntry audit) : IRequestHandler<ResetCommand, Result<MessageResponse>>
{
    private static readonly MessageResponse Accepted = new("OK");

    public async Task<Result<MessageResponse>> Handle(ResetCommand request, CancellationToken cancellationToken)
    {
        // Recorded under the address as entered: whether an account has it is not this request's to know.
        audit.SignIn(null, request.Email);
        await outbox.EnqueuePasswordResetAsync(request.Email!, cancellationToken);
        return Accepted;
    }
}

using Msp.Application.Messaging;

namespace Msp.Application.MspModule.MspOperation;

public sealed class MspOperationCommandHandler(IOutboxRepository outbox) : IRequestHandler<MspOperationCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(MspOperationCommand request, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAsync(OutgoingMessage.Email(request.Email!, "MspOperation", request.Text!), cancellationToken);
        return MessageResponse.Ok;
    }
}

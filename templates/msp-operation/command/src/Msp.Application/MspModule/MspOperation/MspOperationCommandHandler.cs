namespace Msp.Application.MspModule.MspOperation;

public sealed class MspOperationCommandHandler(IMspOperationRepository repository, TimeProvider clock)
    : IRequestHandler<MspOperationCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(MspOperationCommand request, CancellationToken cancellationToken) =>
        await repository.TouchAsync(request.Id!.Value, clock.GetUtcNow().UtcDateTime, cancellationToken)
            ? MessageResponse.Ok
            : MspModuleErrors.Unauthorized;
}

using Msp.Application.Common.Security;

namespace Msp.Application.RealEstate.FlatDelete;

/// <summary>An occupied flat stays and answers 6.10's 403 (ADR 20); one of another BP is answered as one that does not exist.</summary>
public sealed class FlatDeleteCommandHandler(CallerContext context, IFlatRepository flats)
    : IRequestHandler<FlatDeleteCommand, Result<MessageResponse>>
{
    public async Task<Result<MessageResponse>> Handle(FlatDeleteCommand request, CancellationToken cancellationToken) =>
        await flats.DeleteAsync(request.FlatId!.Value, RealEstateScope.PartnerOf(context.Caller), cancellationToken) switch
        {
            FlatDeletion.Deleted => MessageResponse.Ok,
            FlatDeletion.Occupied => RealEstateErrors.FlatOccupied,
            _ => RealEstateErrors.NoFlatFound,
        };
}

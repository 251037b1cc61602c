using Msp.Application.Common.Persistence;

namespace Msp.Application.MspModule.MspOperation;

public sealed class MspOperationQueryHandler(ISqlReader database) : IRequestHandler<MspOperationQuery, Result<MessageResponse>>
{
    /// <summary>Portable SQL (ADR 3), parsed by ScriptDom with every other statement.</summary>
    private const string Sql = "SELECT COUNT(*) FROM accounts WHERE id = @Id";

    public async Task<Result<MessageResponse>> Handle(MspOperationQuery request, CancellationToken cancellationToken)
    {
        var found = await database.SingleOrDefaultAsync<long>(Sql, new { Id = request.Id!.Value }, cancellationToken);
        return new MessageResponse(found > 0 ? "OK" : "KO");
    }
}

using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;

namespace Msp.Application.MspModule.MspOperation;

public sealed class MspOperationQueryHandler(ISqlReader database) : IRequestHandler<MspOperationQuery, Result<DataList<MspOperationItem>>>
{
    /// <summary>The page and the total in one round trip, in id order so that pages never overlap.</summary>
    private const string Sql = """
        SELECT id AS Id, name AS Name FROM cities ORDER BY id {{page}};
        SELECT COUNT(*) FROM cities;
        """;

    public async Task<Result<DataList<MspOperationItem>>> Handle(MspOperationQuery request, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(request.Offset, request.Limit);
        var (rows, total) = await database.PageAsync<MspOperationItem>(Sql, new { page.Offset, page.Limit }, cancellationToken);
        return new DataList<MspOperationItem>(rows, page.IteratorFor(total));
    }
}

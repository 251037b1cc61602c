using Msp.Application.Common.Paging;
using Msp.Application.Common.Persistence;
using Msp.Application.Common.Security;

namespace Msp.Application.Hardware.GetSMB;

/// <summary>
/// The SMB slots that hold a box, of every address of the user, by address and slot: a user has few addresses and
/// each at most four boxes, so the page is cut from them here rather than in SQL.
/// </summary>
public sealed class GetSMBQueryHandler(TargetUser target, ISqlReader database) : IRequestHandler<GetSMBQuery, Result<SmbList>>
{
    private const string Sql = """
        SELECT smb1_mac AS Smb1Mac, smb1_mac_status AS Smb1Status, smb1_mac_activated_at AS Smb1Activation,
               smb2_mac AS Smb2Mac, smb2_mac_status AS Smb2Status, smb2_mac_activated_at AS Smb2Activation,
               smb3_mac AS Smb3Mac, smb3_mac_status AS Smb3Status, smb3_mac_activated_at AS Smb3Activation,
               smb4_mac AS Smb4Mac, smb4_mac_status AS Smb4Status, smb4_mac_activated_at AS Smb4Activation
        FROM addresses
        WHERE account_id = @UserId
        ORDER BY id
        """;

    public async Task<Result<SmbList>> Handle(GetSMBQuery request, CancellationToken cancellationToken)
    {
        var user = target.User;
        var rows = await database.ListAsync<SmbRow>(Sql, new { UserId = user.Id }, cancellationToken);
        var boxes = rows.SelectMany(row => row.Boxes()).ToList();
        if (boxes.Count == 0)
        {
            return HardwareErrors.NoSmbDataFound;
        }

        var page = PageRequest.From(request.Offset, request.Limit);
        return new SmbList(boxes.Skip(page.Offset).Take(page.Limit).ToList(), page.IteratorFor(boxes.Count));
    }

    private sealed class SmbRow
    {
        public string Smb1Mac { get; init; } = "";

        public int Smb1Status { get; init; }

        public DateTime? Smb1Activation { get; init; }

        public string Smb2Mac { get; init; } = "";

        public int Smb2Status { get; init; }

        public DateTime? Smb2Activation { get; init; }

        public string Smb3Mac { get; init; } = "";

        public int Smb3Status { get; init; }

        public DateTime? Smb3Activation { get; init; }

        public string Smb4Mac { get; init; } = "";

        public int Smb4Status { get; init; }

        public DateTime? Smb4Activation { get; init; }

        public IEnumerable<SmbBox> Boxes() => new[]
            {
                new SmbBox(Smb1Mac, Smb1Activation, "smb1", Smb1Status),
                new SmbBox(Smb2Mac, Smb2Activation, "smb2", Smb2Status),
                new SmbBox(Smb3Mac, Smb3Activation, "smb3", Smb3Status),
                new SmbBox(Smb4Mac, Smb4Activation, "smb4", Smb4Status),
            }
            .Where(box => box.Mac.Length > 0);
    }
}

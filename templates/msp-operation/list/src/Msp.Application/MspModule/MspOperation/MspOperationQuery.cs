using Msp.Application.Common.Paging;

namespace Msp.Application.MspModule.MspOperation;

/// <summary>MSP_METHOD /mspPath: a list, paged by <c>offset</c> and <c>limit</c> (docs/contract.md §1).</summary>
public sealed record MspOperationQuery(WireCount? Offset, WireCount? Limit) : IQuery<DataList<MspOperationItem>>, IAuthenticatedRequest;

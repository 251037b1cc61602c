namespace Msp.Application.Common.Results;

/// <summary>
/// A binary answer (JPEG, PDF) that the transport streams with its content type, and its length when known. The
/// stream is opened when the answer is written and disposed after it: it may be an upstream's body being relayed.
/// </summary>
public sealed record BinaryContent(string ContentType, Func<CancellationToken, Task<Stream>> OpenAsync, long? Length = null);

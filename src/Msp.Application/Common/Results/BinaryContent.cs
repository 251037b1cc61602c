namespace Msp.Application.Common.Results;

/// <summary>A binary answer (JPEG, PDF) that the transport streams with its content type.</summary>
public sealed record BinaryContent(string ContentType, Func<CancellationToken, Task<Stream>> OpenAsync);

namespace Msp.Application.Upstreams.MyEntertainment.GetCredentials;

/// <summary>Spec 7.3: the calling user's IPTV credentials, from My Entertainment, to that user only.</summary>
public sealed record GetCredentialsQuery : IQuery<GetCredentialsResponse>, IUpstreamRequest;

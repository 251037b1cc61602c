namespace Msp.Application.Upstreams.MyEntertainment.MyEntertainmentGetContact;

/// <summary>Spec 7.1: the calling user's contact person at My Entertainment.</summary>
public sealed record MyEntertainmentGetContactQuery : IQuery<ContactResponse>, IUpstreamRequest;

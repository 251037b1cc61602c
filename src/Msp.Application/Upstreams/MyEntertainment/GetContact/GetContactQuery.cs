namespace Msp.Application.Upstreams.MyEntertainment.GetContact;

/// <summary>Spec 7.1: the calling user's contact person at My Entertainment.</summary>
public sealed record GetContactQuery : IQuery<ContactResponse>, IUpstreamRequest;

namespace Msp.Application.Upstreams.Comlite.GetTerminals;

/// <summary>Spec 4.1: the calling end user's VoIP terminals, as Comlite knows them.</summary>
public sealed record GetTerminalsQuery : IQuery<GetTerminalsResponse>, IUpstreamRequest;

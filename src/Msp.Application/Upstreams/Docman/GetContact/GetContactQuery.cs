namespace Msp.Application.Upstreams.Docman.GetContact;

/// <summary>Spec 5.1 getContact: the user's contact persons (Docman, <c>/getContact</c>).</summary>
public sealed record GetContactQuery : IQuery<ContactList>, IUpstreamRequest;

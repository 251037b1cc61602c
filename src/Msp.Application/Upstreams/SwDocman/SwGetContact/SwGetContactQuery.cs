using Msp.Application.Upstreams.Docman;

namespace Msp.Application.Upstreams.SwDocman.SwGetContact;

/// <summary>Spec 10.1 getContact: the user's contact persons (SW Docman, <c>/sw/getContact</c>).</summary>
public sealed record SwGetContactQuery : IQuery<ContactList>, IUpstreamRequest;

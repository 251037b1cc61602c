namespace Msp.Application.Upstreams.Docman.GetContact;

/// <summary>
/// Spec 5.1 and 10.1 getContact: the user's contact persons.
/// </summary>
public sealed record GetContactQuery(DocmanService Service) : IDocmanQuery<ContactList>;

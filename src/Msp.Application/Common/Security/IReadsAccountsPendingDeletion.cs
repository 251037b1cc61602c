namespace Msp.Application.Common.Security;

/// <summary>
/// A query that still shows an account pending deletion, where every other reader answers it as missing (ADR 8).
/// addressList has shown such accounts' addresses since before ADR 8, and no decision changed it: it is kept as it was
/// (ADR 30) until one does.
/// </summary>
public interface IReadsAccountsPendingDeletion;

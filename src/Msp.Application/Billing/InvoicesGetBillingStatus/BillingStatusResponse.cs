namespace Msp.Application.Billing.InvoicesGetBillingStatus;

/// <summary><c>{"amount":0,"currency":"CHF"}</c>: the amount a JSON number.</summary>
public sealed record BillingStatusResponse(decimal Amount, string Currency);

namespace Msp.Application.Billing;

/// <summary>The documented failures of the Billing operations (spec 6.24–6.27; docs/contract.md §4).</summary>
public static class BillingErrors
{
    /// <summary>add-product and getBillingStatus print it; getInvoice and getInvoices print none, so theirs is this too (§2).</summary>
    public static readonly ApiError Unauthorized = ApiError.UnauthorizedClient;

    /// <summary>add-product's refusal, lower case as printed.</summary>
    public static readonly ApiError SiteAccessDeniedLowerCase = ApiError.Msg(403, "site access denied");

    /// <summary>getInvoice and getInvoices: a user or invoice out of reach, or that does not exist (the same answer, §2).</summary>
    public static readonly ApiError SiteAccessDenied = ApiError.Msg(403, "Site access denied");

    public static readonly ApiError UserIdFieldNotFound = ApiError.Msg(401, "User_id field not found");
}

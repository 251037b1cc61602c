namespace Msp.Application.Upstreams.Docman;

/// <summary>The documented bodies of the Docman operations (spec 5 and 10, docs/contract.md §4), character by character.</summary>
public static class DocmanErrors
{
    public static readonly ApiError Unauthorized = ApiError.Error(400, "Unauthorized_client");

    /// <summary>getContactAvatar prints its own, with a space.</summary>
    public static readonly ApiError AvatarUnauthorized = ApiError.Error(400, "Unauthorized client");

    public static readonly ApiError ContactNotSet = ApiError.Of(200, new { msg = "Contact not set", status = "error", code = -1 });

    public static readonly ApiError NotManagerId = ApiError.Of(200, new { msg = "not manager id", status = "error", code = -3 });

    /// <summary>The only one whose code is a string, as printed.</summary>
    public static readonly ApiError DocIdNotCorrect = ApiError.Of(200, new { msg = "doc_id not correct", status = "error", code = "-2" });

    public static readonly ApiError FileNotFound = ApiError.Of(200, new { msg = "file not found", status = "error", code = -3 });

    /// <summary>Spec 5.6 prints <c>status</c> first and the key as <c>" code"</c>; docs/contract.md §3 makes it <c>code</c>.</summary>
    public static readonly ApiError ItemIdNotCorrect = ApiError.Of(200, new { status = "error", msg = "item_id not correct", code = -2 });

    public static ApiError For(DocmanRefusal refusal) => refusal switch
    {
        DocmanRefusal.ContactNotSet => ContactNotSet,
        DocmanRefusal.NotManagerId => NotManagerId,
        DocmanRefusal.DocIdNotCorrect => DocIdNotCorrect,
        DocmanRefusal.FileNotFound => FileNotFound,
        DocmanRefusal.ItemIdNotCorrect => ItemIdNotCorrect,
        _ => ApiError.Unexpected,
    };
}

namespace Msp.Application.Upstreams.Docman.GetContact;

/// <summary>What GET /getContact and /sw/getContact answers.</summary>
public static class GetContactAnswers
{
    /// <summary>Spec 5.1's example.</summary>
    private const string Contacts = """
        {"status":"ok","contacts":[
        {"id":"15","fullname":"","role":"Bewirtschaftung","url":"","email":"info@wincasa.ch","telephone":"052 268 88 88","schedule":"Mo-Fr von 8:00 bis 20:00","company":"Wincasa AG","address":"Grüzefeldstrasse 41","zip":"8401","city":"Winterthur"},
        {"id":"16","fullname":"","role":"IT Help","url":"","email":"support@exxo-services.ch","telephone":"0800 00 00 33","schedule":"Mo – Fr von 08:00 bis 20:00","company":"exxo services GmbH","address":"Rietbachstrasse 10","zip":"8952","city":"Schlieren"},
        {"id":"155","fullname":"","role":"Bewirstschaftung","url":"","email":"support@ps-ag.ch","telephone":"0800 00 88 33","schedule":"Mo-Fr von 8:00 Uhr bis 20:00 Uhr","company":"Property Service AG","address":"Zürcherstrasse 33","zip":"8003","city":"Schlieren"},
        {"id":"177","fullname":"","role":"Smart Home","url":"http://www.smart-home-center.ch/","email":"support@shc.ch","telephone":"0800 00 11 11","schedule":"Mo – Fr von 08:00 bis 18:00","company":"dS Smart Home Center","address":"Brandstrasse 33","zip":"8952","city":"Schlieren"},
        {"id":"200","fullname":"","role":"Entertainment","url":"www.streamnow.ch","email":"fiberpower@streamnow.ch","telephone":"0800 00 99 33","schedule":"Mo-Fr von 8:00 bis 20:00","company":"streamnow - FiberPower","address":"Brandstrasse 33","zip":"8952","city":"Schlieren"}]}
        """;

    public static OperationAnswers Documented { get; } = OperationAnswers.Json(Contacts, DocmanErrors.Unauthorized, ApiError.TooManyRequests);
}

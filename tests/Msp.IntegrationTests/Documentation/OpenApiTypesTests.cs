using System.Text.Json.Nodes;
using Msp.IntegrationTests.Infrastructure;

namespace Msp.IntegrationTests.Documentation;

/// <summary>
/// The published document types every answer, so that typed clients (Kiota, NSwag, hey-api) compile from it and read
/// what the API sends: each JSON answer has a schema per status, each documented body is an instance of it (checked by a
/// JSON Schema validator), types are the wire's own (a type and at most null beside it), and the shapes that repeat are
/// components generated clients share.
/// </summary>
public sealed class OpenApiTypesTests(MspApiFactory api) : ApiTest(api)
{
    [Fact]
    public async Task Every_JSON_answer_has_a_schema_and_every_documented_body_is_an_instance_of_it()
    {
        var schemas = await PublishedSchemas.FetchAsync(Client);

        var problems = new List<string>();
        var examples = 0;
        foreach (var (where, schema, documented) in schemas.JsonAnswers())
        {
            if (schema is null or JsonObject { Count: 0 })
            {
                problems.Add($"{where}: no schema, or one that types nothing");
                continue;
            }

            foreach (var (name, example) in documented)
            {
                examples++;
                if (schemas.Problem(schema, example!["value"]) is { } problem)
                {
                    problems.Add($"{where} {name}: {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(examples > 400, $"only {examples} examples were checked");
    }

    [Fact]
    public async Task No_schema_lists_several_types_and_none_is_left_untyped_but_the_upstreams_free_parts()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        var several = Schemas(document).Where(s => s.Schema["type"] is JsonArray types && types.Count(t => t!.GetValue<string>() != "null") > 1).Select(s => s.Where);
        Assert.Empty(several);
    }

    [Theory]
    [InlineData("MessageBody", "msg")]
    [InlineData("ErrorBody", "error")]
    [InlineData("ErrorDescriptionBody", "error,error_description")]
    [InlineData("ListIterator", "existsPrev,existsNext,count")]
    [InlineData("UserInfo", "id,name,lastname,email,gender,username,default_address_id,telephone,mobil,fax,status,image,demo,payment_allowed,partner,language,bp_internal_number")]
    [InlineData("DataListOfAddressRecord", "data,iterator")]
    [InlineData("Flat", "id,building_id,country,state,city,street_name,street_number,postcode,floor,apartment_number,letter,code,size")]
    [InlineData("Invoice", "id,number,period_from,period_to,amount,vat,currency,status,created_at,lines")]
    [InlineData("AvailableService", null)]
    public async Task The_shapes_that_repeat_are_named_components(string component, string? properties)
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));

        var schema = document["components"]!["schemas"]![component];
        Assert.NotNull(schema);
        if (properties is not null)
        {
            Assert.Equal(properties.Split(','), schema!["properties"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task Ids_sent_as_strings_are_strings_of_digits_and_numbers_are_integers()
    {
        var document = await ReadJson(await Client.GetAsync("/openapi/v1.json"));
        var schemas = document["components"]!["schemas"]!;

        AssertJson("""{"pattern":"^-?[0-9]+$","type":"string"}""", schemas["UserInfo"]!["properties"]!["id"]);
        AssertJson("""{"type":"integer","format":"int64"}""", schemas["ListIterator"]!["properties"]!["count"]);
        AssertJson("""{"type":"integer","format":"int32"}""", schemas["SmbBox"]!["properties"]!["status"]);
        AssertJson("""{"type":"integer","format":"int64","minimum":1}""", document["paths"]!["/address/list"]!["get"]!["parameters"]![0]!["schema"]);
    }

    private static void AssertJson(string expected, JsonNode? actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected {expected}\nActual   {actual?.ToJsonString()}");
    }

    private static IEnumerable<(string Where, JsonObject Schema)> Schemas(JsonNode node, string where = "")
    {
        if (node is JsonObject obj)
        {
            if (obj.ContainsKey("type"))
            {
                yield return (where, obj);
            }

            foreach (var (key, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var nested in Schemas(value, where + "/" + key))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is { } item)
                {
                    foreach (var nested in Schemas(item, $"{where}/{i}"))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}

namespace Msp.Application.Users.UserFields;

/// <summary>The <c>Services</c> parameter: service ids separated by commas (spaces around them allowed).</summary>
public static class ServiceIds
{
    public static bool TryParse(string value, out IReadOnlyCollection<long> ids)
    {
        var parsed = new SortedSet<long>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!WireId.TryParse(part, out var id))
            {
                ids = [];
                return false;
            }

            parsed.Add(id);
        }

        ids = parsed;
        return true;
    }
}

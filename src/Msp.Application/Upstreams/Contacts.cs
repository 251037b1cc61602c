namespace Msp.Application.Upstreams;

/// <summary>The contact person of a user at an upstream service, as spec 7.1 and 9.3 print it.</summary>
public sealed record UpstreamContact(
    string Fullname, string Url, string Email, string Telephone, string Schedule, string Company, string Address, string Zip, string City);

/// <summary><c>{"status":{"status":"ok","contact":{…}}}</c> (spec 7.1, 9.3).</summary>
public sealed record ContactResponse(ContactStatus Status);

public sealed record ContactStatus(string Status, UpstreamContact Contact)
{
    public static ContactStatus Ok(UpstreamContact contact) => new("ok", contact);
}

/// <summary>What an upstream answered for a user's contact: the contact, or nothing usable.</summary>
public abstract record ContactOutcome
{
    private ContactOutcome()
    {
    }

    public sealed record Found(UpstreamContact Contact) : ContactOutcome;

    /// <summary>Refused, timed out, failed, answered garbage, or its circuit is open; the adapter has logged why.</summary>
    public sealed record Unavailable : ContactOutcome;
}

/// <summary>What an upstream answered for a contact's picture: a JPEG, or nothing usable.</summary>
public abstract record AvatarOutcome
{
    private AvatarOutcome()
    {
    }

    public sealed record Found(ReadOnlyMemory<byte> Jpeg) : AvatarOutcome;

    public sealed record Unavailable : AvatarOutcome;
}

/// <summary>
/// What every relay of spec 7 and 9 does first: only a subscriber of the active service the upstream backs may ask
/// (docs/contract.md §4); anyone else gets the operation's unauthorized body and the upstream is not called.
/// </summary>
internal static class SubscriberRelay
{
    public static async Task<Result<T>> AnswerAsync<TOutcome, T>(
        IUpstreamSubscriptionReader subscriptions,
        long userId,
        string upstream,
        ApiError unauthorized,
        Func<Task<TOutcome>> ask,
        Func<TOutcome, Result<T>> map,
        CancellationToken cancellationToken)
    {
        if (!await subscriptions.IsSubscribedAsync(userId, upstream, cancellationToken))
        {
            return unauthorized;
        }

        return map(await ask());
    }

    public static Result<ContactResponse> Contact(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.Found found => new ContactResponse(ContactStatus.Ok(found.Contact)),
        _ => ApiError.Unexpected,
    };

    public static Result<BinaryContent> Avatar(AvatarOutcome outcome) => outcome switch
    {
        AvatarOutcome.Found found => new BinaryContent("image/jpeg", _ => Task.FromResult<Stream>(new MemoryStream(found.Jpeg.ToArray(), writable: false))),
        _ => ApiError.Unexpected,
    };
}

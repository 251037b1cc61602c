using Msp.Application.Upstreams;
using Msp.Application.Common.Requests;
using Msp.Application.Upstreams.MyEntertainment;
using Msp.Application.Upstreams.MyEntertainment.GetContact;
using Msp.Application.Upstreams.MyEntertainment.GetCredentials;

namespace Msp.Infrastructure.Upstreams.MyEntertainment;

/// <summary>
/// My Entertainment in Sandbox mode (Development): spec 7's examples for every subscriber: Halter AG's contact, a
/// small JPEG, and the IPTV login <c>app</c> / <c>app</c>.
/// </summary>
public sealed class MyEntertainmentSandboxGateway : IMyEntertainmentGateway
{
    private static readonly ContactOutcome Contact = ContactReply.Parse(OperationExamples.Json(typeof(GetContactQuery)))!;

    private static readonly AvatarOutcome Avatar = new AvatarOutcome.Found(SandboxExamples.Bytes(nameof(MyEntertainment), "avatar.jpg"));

    private static readonly CredentialsOutcome Credentials =
        MyEntertainmentHttpGateway.ParseCredentials(OperationExamples.Json(typeof(GetCredentialsQuery)))!;

    public Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Contact);

    public Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Avatar);

    public Task<CredentialsOutcome> GetCredentialsAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Credentials);
}

using System.Text.Json;
using Msp.Application.Upstreams;
using Msp.Application.Common.Requests;
using Msp.Application.Upstreams.MyVpn;
using Msp.Application.Upstreams.MyVpn.GetCamsByUser;
using Msp.Application.Upstreams.MyVpn.GetCertificates;
using Msp.Application.Upstreams.MyVpn.GetContact;
using Msp.Application.Upstreams.MyVpn.SetCamServiceByUser;
using Msp.Application.Upstreams.MyVpn.UnsetCamServiceByUser;

namespace Msp.Infrastructure.Upstreams.MyVpn;

/// <summary>
/// My VPN in Sandbox mode (Development): user 955 has two cameras, certificates for any device and can switch the
/// camera service; My VPN knows no one else (<c>id not found</c>). Every subscriber has spec 9.3's contact and a small
/// JPEG for a picture.
/// </summary>
public sealed class MyVpnSandboxGateway : IMyVpnGateway
{
    private const long DemoUserId = 955;

    private static readonly MyVpnOutcome IdNotFound = new MyVpnOutcome.IdNotFound();

    private static readonly MyVpnOutcome Cams = Example(typeof(GetCamsByUserQuery));

    private static readonly MyVpnOutcome Set = Example(typeof(SetCamServiceByUserCommand));

    private static readonly MyVpnOutcome Unset = Example(typeof(UnsetCamServiceByUserCommand));

    private static readonly JsonElement Certificates = OperationExamples.Json(typeof(GetCertificatesQuery));

    private static readonly ContactOutcome Contact = ContactReply.Parse(OperationExamples.Json(typeof(GetContactQuery)))!;

    private static readonly AvatarOutcome Avatar = new AvatarOutcome.Found(SandboxExamples.Bytes(nameof(MyVpn), "avatar.jpg"));

    public Task<MyVpnOutcome> GetCamsByUserAsync(long userId, CancellationToken cancellationToken) => For(userId, Cams);

    public Task<MyVpnOutcome> GetCertificatesAsync(long userId, string device, CancellationToken cancellationToken) =>
        For(userId, new MyVpnOutcome.Answered(Certificates));

    public Task<MyVpnOutcome> SetCamServiceByUserAsync(long userId, CancellationToken cancellationToken) => For(userId, Set);

    public Task<MyVpnOutcome> UnsetCamServiceByUserAsync(long userId, CancellationToken cancellationToken) => For(userId, Unset);

    public Task<ContactOutcome> GetContactAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Contact);

    public Task<AvatarOutcome> GetContactAvatarAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(Avatar);

    private static Task<MyVpnOutcome> For(long userId, MyVpnOutcome answer) => Task.FromResult(userId == DemoUserId ? answer : IdNotFound);

    /// <summary>The spec's example the operation's folder keeps (OperationExamples).</summary>
    private static MyVpnOutcome.Answered Example(Type operation) => new MyVpnOutcome.Answered(OperationExamples.Json(operation));
}

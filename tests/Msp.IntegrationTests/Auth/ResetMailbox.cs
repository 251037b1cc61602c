using System.Text.RegularExpressions;
using MimeKit;
using Msp.Infrastructure.Messaging;
using Msp.IntegrationTests.Infrastructure;
using Msp.IntegrationTests.Messaging.Support;

namespace Msp.IntegrationTests.Auth;

/// <summary>
/// Where reset emails arrive: a real SMTP server, fed by a dispatcher on the test database (the one that composes
/// the emails and issues their links). Reset requests only queue; <see cref="DispatchAsync"/> sends what is due.
/// </summary>
internal sealed partial class ResetMailbox : IAsyncDisposable
{
    private ResetMailbox(TestSmtpServer smtp, OutboxHarness outbox)
    {
        Smtp = smtp;
        Outbox = outbox;
        Dispatcher = outbox.NewDispatcher();
    }

    public TestSmtpServer Smtp { get; }

    public OutboxHarness Outbox { get; }

    public OutboxDispatcher Dispatcher { get; }

    public IReadOnlyList<MimeMessage> Received => [.. Smtp.Received];

    public static async Task<ResetMailbox> StartAsync(MspApiFactory api)
    {
        var smtp = await TestSmtpServer.StartAsync();
        return new ResetMailbox(smtp, OutboxHarness.Create(api, OutboxHarness.SmtpTo(smtp)));
    }

    /// <summary>One dispatcher round; answers how many rows it claimed.</summary>
    public Task<int> DispatchAsync() => Dispatcher.DispatchBatchAsync(CancellationToken.None);

    /// <summary>The token of the link in an email; fails when it holds none.</summary>
    public static string TokenIn(MimeMessage mail)
    {
        var link = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        return link.Groups["token"].Value;
    }

    /// <summary>The link's path in an email, as the browser requests it.</summary>
    public static string LinkPathIn(MimeMessage mail) => new Uri(LinkPattern().Match(mail.TextBody ?? "").Value).AbsolutePath;

    public async ValueTask DisposeAsync()
    {
        await Outbox.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    [GeneratedRegex(@"https?://[^/\s]+/auth/reset/(?<token>[A-Za-z0-9]{40})")]
    private static partial Regex LinkPattern();
}

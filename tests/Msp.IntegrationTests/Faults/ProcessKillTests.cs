using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Msp.IntegrationTests.Faults;

/// <summary>
/// The API process killed (SIGKILL) in the middle of writes, then started again on the same SQLite file (issue 13 §3):
/// the database passes SQLite's integrity check, no request's write is half there, and every email a request was
/// told was accepted is in the outbox and gets sent by the restarted process.
/// </summary>
public sealed partial class ProcessKillTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"msp_kill_{Guid.NewGuid():N}");

    public ProcessKillTests() => Directory.CreateDirectory(_folder);

    private string DatabaseFile => Path.Combine(_folder, "msp.db");

    [Fact]
    public async Task After_a_kill_during_writes_the_restarted_process_finds_a_consistent_database_and_sends_what_was_accepted()
    {
        var accepted = new ConcurrentBag<string>();
        using (var first = await ApiProcess.StartAsync(DatabaseFile, Path.Combine(_folder, "outbox")))
        {
            var jorge = await first.LoginAsync("jorge", "Jorge#2016");
            var admin = await first.LoginAsync("admin", "Admin#2016");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(w => WriteUntilStoppedAsync(first, (jorge, admin), w, accepted, stop.Token)).ToArray();

            // Killed once 24 emails have been accepted, while all eight writers are still sending: a count, not a sleep.
            for (var busy = DateTime.UtcNow.AddSeconds(60); accepted.Count < 24 && DateTime.UtcNow < busy;)
            {
                await Task.Delay(20);
            }

            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.NotEmpty(accepted);
        await using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));

            // Each update writes the same word to both names: a half-written one would show two words.
            var address = await connection.QuerySingleAsync<(string Name, string Firstname)>("SELECT name, firstname FROM addresses WHERE id = 194");
            Assert.Equal(address.Name, address.Firstname);
        }

        using var second = await ApiProcess.StartAsync(DatabaseFile, Path.Combine(_folder, "outbox"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<(long Id, string Subject)> sent;
        do
        {
            await Task.Delay(500);
            await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
            sent = (await connection.QueryAsync<(long, string)>("SELECT id, subject FROM outbox WHERE status = 'sent' AND subject LIKE 'kill-%'")).ToList();
        }
        while (!accepted.All(a => sent.Any(s => s.Subject == a)) && DateTime.UtcNow < deadline);

        // Each accepted request queued one message, and "sent" means it was delivered: the folder sender's file, named
        // by the outbox id (a second delivery after the kill overwrites it), holds that message.
        var outbox = Path.Combine(_folder, "outbox");
        foreach (var subject in accepted)
        {
            var message = Assert.Single(sent, s => s.Subject == subject);
            var file = Path.Combine(outbox, $"{message.Id:D8}-email.eml");
            Assert.True(File.Exists(file), $"{subject} is marked sent but {file} is not there");
            Assert.Contains($"Subject: {subject}", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Address updates and emails, one after another, until the process is gone.</summary>
    private static async Task WriteUntilStoppedAsync(ApiProcess api, (string Jorge, string Admin) tokens, int writer, ConcurrentBag<string> accepted, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var word = $"w{writer}n{i}";
            try
            {
                await api.Client.PostAsync(
                    $"/address/update?access_token={tokens.Jorge}", Form(("addressID", "194"), ("name", word), ("firstname", word)), stop);
                var subject = $"kill-{word}";
                using var sent = await api.Client.PostAsync(
                    $"/email/send?access_token={tokens.Admin}", Form(("Email", "antonio@example.ch"), ("Subject", subject), ("Message", "m")), stop);
                if (sent.StatusCode == HttpStatusCode.OK)
                {
                    accepted.Add(subject);
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>Msp.Api.dll from this test's output, run with <c>dotnet</c> as a process of its own (Development: folder outbox).</summary>
    private sealed partial class ApiProcess : IDisposable
    {
        private readonly Process _process;

        private ApiProcess(Process process, int port)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        }

        public HttpClient Client { get; }

        /// <summary>
        /// Starts the process on port 0 (Kestrel binds a free one and keeps it) and reads the address it reports, so no
        /// port is found free and released for another test to take first.
        /// </summary>
        public static async Task<ApiProcess> StartAsync(string databaseFile, string outboxFolder)
        {
            var binaries = AppContext.BaseDirectory;
            var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "Msp.Api.dll"), "--urls", "http://127.0.0.1:0"])
            {
                WorkingDirectory = binaries,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ConnectionStrings__Msp"] = $"Data Source={databaseFile}";
            start.Environment["Messaging__Folder"] = outboxFolder;
            start.Environment["Outbox__PollInterval"] = "00:00:00.200";
            start.Environment["Outbox__Lease"] = "00:00:02";
            start.Environment["Messaging__EmailQuota__PerAccountPerHour"] = "0";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data is { } text && ListeningOn().Match(text) is { Success: true } match)
                {
                    listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            };
            process.ErrorDataReceived += (_, _) => { };
            process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The API process exited before it listened."));
            process.EnableRaisingEvents = true;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var api = new ApiProcess(process, port);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    if ((await api.Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                    {
                        return api;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            api.Dispose();
            throw new InvalidOperationException("The API process did not become ready.");
        }

        public async Task<string> LoginAsync(string login, string password)
        {
            using var response = await Client.PostAsync("/auth/login", Form(("email", login), ("password", password)));
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
        }

        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
            Client.Dispose();
        }

        [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
        private static partial Regex ListeningOn();
    }
}

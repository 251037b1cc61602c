using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Msp.IntegrationTests.Faults;

/// <summary>
/// The API process killed (SIGKILL) in the middle of writes, then started again on the same SQLite file (issue 13 §3):
/// the database passes SQLite's integrity check, no request's write is half there, and every email a request was
/// told was accepted is in the outbox and gets sent by the restarted process.
/// </summary>
public sealed class ProcessKillTests : IDisposable
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
            await Task.Delay(TimeSpan.FromSeconds(2));
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
        List<string> sent;
        do
        {
            await Task.Delay(500);
            await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
            sent = (await connection.QueryAsync<string>("SELECT subject FROM outbox WHERE status = 'sent' AND subject LIKE 'kill-%'")).ToList();
        }
        while (!accepted.All(sent.Contains) && DateTime.UtcNow < deadline);

        Assert.Empty(accepted.Except(sent));
        Assert.Equal(sent.Count, sent.Distinct().Count());
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
    private sealed class ApiProcess : IDisposable
    {
        private readonly Process _process;

        private ApiProcess(Process process, int port)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        }

        public HttpClient Client { get; }

        public static async Task<ApiProcess> StartAsync(string databaseFile, string outboxFolder)
        {
            var port = FreePort();
            var binaries = AppContext.BaseDirectory;
            var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "Msp.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
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
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
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

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Upstreams.Lunchgate;

/// <summary>
/// Lunchgate's usable answers, as their UTF-8 JSON, by request URI, for <see cref="LunchgateOptions.CacheLifetime"/>
/// on the platform's clock. Together they take at most <see cref="LunchgateOptions.CacheSizeLimit"/> bytes: each entry
/// counts its answer, its key and <see cref="EntryOverhead"/>, and the cache refuses an entry that would pass the limit
/// (then drops the oldest in the background). An answer over <see cref="LunchgateOptions.MaxCachedAnswerSize"/> is
/// relayed and not kept. Concurrent identical queries share one call in flight, made in a DI scope of its own.
/// </summary>
/// <remarks>
/// A <see cref="MemoryCache"/> of its own, not the app-wide <see cref="IMemoryCache"/>: a size limit there obliges every
/// other user to size its entries, and HybridCache (used before) did not bound it either: it sizes an L1 entry by its
/// serialized payload, and keeps an answer over its <c>MaximumPayloadBytes</c> with a size of 0 (ADR 25).
/// </remarks>
public sealed class LunchgateAnswerCache : IDisposable
{
    /// <summary>
    /// The cache entry, the key's string and the array's header, roughly: counted so that a flood of tiny answers is
    /// bounded too.
    /// </summary>
    public const long EntryOverhead = 256;

    private readonly MemoryCache _answers;
    private readonly ConcurrentDictionary<string, Task<byte[]?>> _inFlight = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeSpan _lifetime;
    private readonly long _maxAnswerSize;

    public LunchgateAnswerCache(IOptions<LunchgateOptions> options, TimeProvider clock, IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _lifetime = options.Value.CacheLifetime;
        _maxAnswerSize = options.Value.MaxCachedAnswerSize;
        _answers = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = options.Value.CacheSizeLimit,
            TrackStatistics = true,
            Clock = new PlatformClock(clock),
        });
    }

    /// <summary>The cache's own accounting: entries and the bytes they count (never above the limit).</summary>
    public MemoryCacheStatistics Statistics => _answers.GetCurrentStatistics()!;

    /// <summary>
    /// The cached answer for <paramref name="key"/>, or the one <paramref name="ask"/> gives (null: nothing usable, not
    /// kept). The call is shared by everyone asking for the key meanwhile, so it belongs to none of their requests: it
    /// runs in a scope of its own (a request's scope, and the database session the service record is read through, end
    /// with that request) and is not cancelled when one of them hangs up; the upstream's total timeout bounds it.
    /// </summary>
    public Task<byte[]?> GetOrAskAsync<TState>(string key, TState state, Func<IServiceProvider, TState, Task<byte[]?>> ask, CancellationToken cancellationToken)
    {
        if (_answers.TryGetValue(key, out byte[]? cached))
        {
            return Task.FromResult(cached);
        }

        var flight = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _inFlight.GetOrAdd(key, flight.Task);
        if (shared == flight.Task)
        {
            _ = FlyAsync(key, state, ask, flight);
        }

        return shared.WaitAsync(cancellationToken);
    }

    public void Dispose() => _answers.Dispose();

    private async Task<byte[]?> AskInScopeAsync<TState>(TState state, Func<IServiceProvider, TState, Task<byte[]?>> ask)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await ask(scope.ServiceProvider, state);
    }

    private async Task FlyAsync<TState>(string key, TState state, Func<IServiceProvider, TState, Task<byte[]?>> ask, TaskCompletionSource<byte[]?> flight)
    {
        byte[]? answer = null;
        Exception? failure = null;
        try
        {
            // A flight that ended between this request's look-up and its claim may have cached the answer already.
            answer = _answers.TryGetValue(key, out byte[]? cached) ? cached : await AskInScopeAsync(state, ask);
            if (answer is not null && cached is null && answer.Length <= _maxAnswerSize)
            {
                _answers.Set(key, answer, new MemoryCacheEntryOptions
                {
                    Size = answer.Length + (key.Length * sizeof(char)) + EntryOverhead,
                    AbsoluteExpirationRelativeToNow = _lifetime,
                });
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // Out of the flights before its waiters are answered: a request from now on finds the cache, not a finished flight.
        _inFlight.TryRemove(new KeyValuePair<string, Task<byte[]?>>(key, flight.Task));
        if (failure is null)
        {
            flight.SetResult(answer);
        }
        else
        {
            flight.SetException(failure);
        }
    }

    /// <summary>Entries expire on the platform's clock (the tests move it), as every other lifetime does.</summary>
    private sealed class PlatformClock(TimeProvider clock) : ISystemClock
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();
    }
}

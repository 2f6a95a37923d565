using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using Cronos;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Playground;

/// <summary>
/// The Playground's timeline: moves its virtual clock forward and runs, in time order, every occurrence of recurring
/// work that falls due on the way, through the same <see cref="RecurringWorkRunner"/> that the Hangfire job calls, for
/// the Playground's collaborations only. Work keeps running as real time passes too (<see cref="CatchUpAsync"/>).
/// One move at a time; a move runs detached from the request that asked for it, so a closed page never stops it halfway.
/// </summary>
public sealed class PlaygroundClockAdvancer(PlaygroundClock clock, RecurringWorkRunner runner, OutboxDispatcher dispatcher, ILogger<PlaygroundClockAdvancer> logger)
{
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(366);

    /// <summary>Advances up to this long are answered when done; longer ones run in the background (see <see cref="Progress"/>).</summary>
    public static readonly TimeSpan MaxWaitedAdvance = TimeSpan.FromDays(7);

    public static readonly PlatformScope Scope = PlatformScope.Own(Platform.Playground);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly object _gate = new();
    private DateTimeOffset? _ranUntil;
    private AdvanceProgress? _moving;

    /// <summary>The move under way, if any.</summary>
    public AdvanceProgress? Progress
    {
        get
        {
            lock (_gate)
            {
                return _moving;
            }
        }
    }

    /// <summary>
    /// Starts moving the clock by <paramref name="by"/>; the task completes when every job on the way has run. Null when
    /// another move is under way.
    /// </summary>
    public Task<AdvanceResult>? TryStart(TimeSpan by, CancellationToken stopping)
    {
        var from = clock.GetUtcNow();
        var progress = new AdvanceProgress(from, from + by);
        lock (_gate)
        {
            if (_moving is not null)
            {
                return null;
            }

            _moving = progress;
        }

        return Task.Run(async () =>
        {
            try
            {
                // A catch-up of passing time may hold the timeline for a moment; a move waits for it.
                await _oneAtATime.WaitAsync(stopping);
                try
                {
                    var runs = await RunUntilAsync(progress.To, progress, stopping);
                    return new AdvanceResult(clock.GetUtcNow(), runs);
                }
                finally
                {
                    _oneAtATime.Release();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Moving the Playground clock to {To} failed at {At}", progress.To, progress.At);
                throw;
            }
            finally
            {
                lock (_gate)
                {
                    _moving = null;
                }
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Runs what fell due as real time passed since the last run (or, the first time, the work that catches up a missed
    /// occurrence at start-up). Skipped while a move is under way: the move runs it.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!await _oneAtATime.WaitAsync(0, cancellationToken))
        {
            return 0;
        }

        try
        {
            if (_ranUntil is null)
            {
                var now = clock.GetUtcNow();
                foreach (var work in (await runner.ListAsync(Scope, cancellationToken)).Where(w => w.CatchUpOnStart))
                {
                    await runner.RunAsync(work.Id, now, Scope, cancellationToken);
                }

                _ranUntil = now;
                await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
                return 0;
            }

            return await RunUntilAsync(clock.GetUtcNow(), null, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<int> RunUntilAsync(DateTimeOffset to, AdvanceProgress? progress, CancellationToken cancellationToken)
    {
        var from = _ranUntil ?? clock.GetUtcNow();
        var runs = 0;
        // Each piece of work keeps its own cursor, so two jobs due at the same instant both run.
        var cursors = new Dictionary<string, DateTimeOffset>();
        while (await NextOccurrenceAsync(cursors, from, to, cancellationToken) is { } next)
        {
            clock.MoveTo(next.At);
            await runner.RunAsync(next.Work.Id, next.At, Scope, cancellationToken);
            await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
            cursors[next.Work.Id] = next.At;
            _ranUntil = next.At;
            runs++;
            progress?.Ran(next.At);
        }

        clock.MoveTo(to);
        _ranUntil = to > from ? to : from;
        await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
        return runs;
    }

    /// <summary>Asked again after every run, because a run may change the schedules.</summary>
    private async Task<(RecurringWork Work, DateTimeOffset At)?> NextOccurrenceAsync(
        Dictionary<string, DateTimeOffset> cursors, DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken)
    {
        (RecurringWork Work, DateTimeOffset At)? earliest = null;
        foreach (var work in await runner.ListAsync(Scope, cancellationToken))
        {
            TimeZones.TryResolve(work.TimeZoneId, out var zone);
            var after = cursors.GetValueOrDefault(work.Id, start);
            var next = CronExpression.Parse(work.Cron).GetNextOccurrence(after, zone, inclusive: false);
            if (next is { } at && at <= until && (earliest is null || at < earliest.Value.At))
            {
                earliest = (work, at);
            }
        }

        return earliest;
    }
}

/// <summary>Where the clock stands after a move, and how many jobs ran on the way.</summary>
public sealed record AdvanceResult(DateTimeOffset Now, int JobRuns);

/// <summary>A move under way: from where, to where, how far it has come and how many jobs ran.</summary>
public sealed class AdvanceProgress(DateTimeOffset from, DateTimeOffset to)
{
    private long _atTicks = from.UtcTicks;
    private int _runs;

    public DateTimeOffset From { get; } = from;
    public DateTimeOffset To { get; } = to;
    public DateTimeOffset At => new(Interlocked.Read(ref _atTicks), TimeSpan.Zero);
    public int JobRuns => Volatile.Read(ref _runs);

    /// <summary>The share of the way done, 0 to 1.</summary>
    public double Done => To > From ? Math.Clamp((At - From) / (To - From), 0, 1) : 1;

    internal void Ran(DateTimeOffset at)
    {
        Interlocked.Exchange(ref _atTicks, at.UtcTicks);
        Interlocked.Increment(ref _runs);
    }
}

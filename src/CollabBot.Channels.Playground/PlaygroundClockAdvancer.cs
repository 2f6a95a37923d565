using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using Cronos;

namespace CollabBot.Channels.Playground;

/// <summary>
/// Moves the virtual clock forward and runs, in time order, every occurrence of recurring work that falls
/// due on the way — through the same <see cref="RecurringWorkRunner"/> that the Hangfire job calls.
/// </summary>
public sealed class PlaygroundClockAdvancer(PlaygroundClock clock, RecurringWorkRunner runner, OutboxDispatcher dispatcher)
{
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(366);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<(DateTimeOffset Now, int Runs)> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var from = clock.GetUtcNow();
            var to = from + by;
            var runs = 0;
            // Each piece of work keeps its own cursor, so two jobs due at the same instant both run.
            var cursors = new Dictionary<string, DateTimeOffset>();
            while (await NextOccurrenceAsync(cursors, from, to, cancellationToken) is { } next)
            {
                clock.MoveTo(next.At);
                await runner.RunAsync(next.Work.Id, next.At, cancellationToken);
                await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
                cursors[next.Work.Id] = next.At;
                runs++;
            }

            clock.MoveTo(to);
            await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
            return (clock.GetUtcNow(), runs);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Asked again after every run, because a run may change the schedules.</summary>
    private async Task<(RecurringWork Work, DateTimeOffset At)?> NextOccurrenceAsync(
        Dictionary<string, DateTimeOffset> cursors, DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken)
    {
        (RecurringWork Work, DateTimeOffset At)? earliest = null;
        foreach (var work in await runner.ListAsync(cancellationToken))
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

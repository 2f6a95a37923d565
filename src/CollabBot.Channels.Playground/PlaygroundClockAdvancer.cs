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
            var start = clock.GetUtcNow();
            var to = start + by;
            var from = start;
            var runs = 0;

            // Work that falls due at the same instant as other work runs too (an hourly and a daily job at 08:00):
            // once past the start, the search includes the current instant for the work that has not run at it yet.
            var ranAtFrom = new HashSet<string>();
            while (await NextOccurrenceAsync(from, from != start ? ranAtFrom : null, to, cancellationToken) is { } next)
            {
                if (next.At > from)
                {
                    from = next.At;
                    ranAtFrom.Clear();
                }

                clock.MoveTo(next.At);
                await runner.RunAsync(next.Work.Id, next.At, cancellationToken);
                await dispatcher.DispatchDueAsync(Platform.Playground, cancellationToken);
                ranAtFrom.Add(next.Work.Id);
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
        DateTimeOffset after, IReadOnlySet<string>? ranAtAfter, DateTimeOffset until, CancellationToken cancellationToken)
    {
        (RecurringWork Work, DateTimeOffset At)? earliest = null;
        foreach (var work in await runner.ListAsync(cancellationToken))
        {
            TimeZones.TryResolve(work.TimeZoneId, out var zone);
            var inclusive = ranAtAfter is not null && !ranAtAfter.Contains(work.Id);
            var next = CronExpression.Parse(work.Cron).GetNextOccurrence(after, zone, inclusive);
            if (next is { } at && at <= until && (earliest is null || at < earliest.Value.At))
            {
                earliest = (work, at);
            }
        }

        return earliest;
    }
}

using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Small wins are celebrated together (issue 23): one post per check-in cycle, about a day after the check-in opened so
/// most answers are in, or one a day in a team without check-ins; only wins whose authors agreed, never an answer with
/// nothing to report. A win reported after its cycle's round-up waits for the next one; so does everything when the
/// channel budget is spent.
/// </summary>
public static class WinsRoundup
{
    public static readonly TimeSpan AnswersSettle = TimeSpan.FromHours(20);

    public static async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, IReadOnlySet<Guid> waiting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!waiting.Contains(collaboration.Id))
        {
            return 0;
        }

        var latest = context.Snapshot.CheckIns(collaboration).Past.LastOrDefault();
        string cycle;
        if (latest is not null && latest.ClosesAt > now)
        {
            if (now - latest.ScheduledAt < AnswersSettle)
            {
                return 0;
            }

            cycle = latest.Id.ToString("N");
        }
        else
        {
            cycle = ParticipationScan.Today(collaboration, now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        }

        var names = collaboration.Members.ToDictionary(m => m.Id, m => m.DisplayName);
        var wins = (await context.Services.GetRequiredService<ISignalStore>().WinsToCelebrateAsync(collaboration.Id, cancellationToken))
            .Where(w => w.At <= now && names.ContainsKey(w.MemberId)).ToList();
        if (wins.Count == 0)
        {
            return 0;
        }

        var text = wins.Count == 1
            ? $"🎉 A small win from {names[wins[0].MemberId]}: {wins[0].Text}"
            : "🎉 Small wins: " + string.Join("", wins.Select(w => $"\n• {names[w.MemberId]}: {w.Text}"));
        var posted = await ChannelPosts.TryPostAsync(context.Services, context.UnitOfWork, collaboration, new OutboxEntry
        {
            To = context.ChannelOf(collaboration),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(text),
            IdempotencyKey = $"wins:{collaboration.Id:N}:{cycle}",
        }, "wins", now, cancellationToken);
        if (!posted)
        {
            return 0;
        }

        wins.ForEach(w => w.Celebrated(now));
        return 1;
    }
}

using System.Globalization;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.ProcessMap;
using CollabBot.Domain.Members;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class MeCommand : IBotCommand
{
    public string Name => "me";
    public string Usage => "me";
    public string Summary => "Your value chain: commitment, what is offered for it, small wins, ratings and the kinds of value you saw. Only you see it.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } member)
        {
            context.Refuse("You have not joined yet: `join as <sector>`.");
            return;
        }

        var store = context.Services.GetRequiredService<ICheckInStore>();
        var commitment = await store.CurrentCommitmentAsync(member.Id, cancellationToken);
        var wins = await store.WinsAsync(member.Id, 5, cancellationToken);
        var past = (await store.RecentOccurrencesAsync(collaboration.Id, 8, cancellationToken)).Where(o => o.ScheduledAt <= context.Now).OrderBy(o => o.ScheduledAt).ToList();
        var answers = await store.AnswersAsync(past.Select(o => o.Id).ToList(), cancellationToken);
        var points = CheckInPoints.Of(member, past, answers, context.Now);
        var trend = CommitmentTrend.Evaluate(points);
        var mine = answers.Where(a => a.MemberId == member.Id).OrderBy(a => a.AnsweredAt).ToList();
        var offered = commitment is null ? [] : (await store.OffersAsync(collaboration.Id, cancellationToken)).Where(o => o.CommitmentId == commitment.Id).ToList();
        var facts = new List<CardFact>
        {
            new("Sector and roles", $"{(member.Sector is { } s ? SectorNames.Display(s) : "sector not given")} · {RoleNames.Display(member.Roles)}"),
            new("Commitment", commitment is null ? "none yet: `commit <what you want>; <what you will put in>`" : $"want: {commitment.Want}" + (commitment.Give.Length > 0 ? $"; give: {commitment.Give}" : "") + Holds(commitment, mine)),
        };
        if (commitment is not null)
        {
            facts.Add(new CardFact("Offered for it", offered.Count == 0 ? "nothing yet; anyone can with `offer <text> for @you`" : string.Join("; ", offered.Select(o => o.Text))));
        }

        facts.Add(new CardFact("Ratings", points.Count == 0 ? "no check-ins yet" : string.Join(", ", points.Select(p => p.Rating?.ToString(CultureInfo.InvariantCulture) ?? "–"))));
        facts.Add(new CardFact("How it goes", CommitmentTrend.Encouragement(points)));
        if (ValueKinds.Describe(mine.Where(a => a.Dimension is not null).Select(a => a.Dimension!.Value)) is { } kinds)
        {
            facts.Add(new CardFact("Where you saw value", kinds));
        }

        var map = (await context.Services.GetRequiredService<IProcessMapStore>().ListAsync(collaboration.Id, cancellationToken))
            .Where(e => e.MemberId == member.Id).OrderBy(e => e.Phase).ToList();
        facts.Add(new CardFact("Your part (process map)", map.Count == 0
            ? "not mapped yet: conveners set it with `map @you <phase> lead|contribute|consult|inform`"
            : string.Join("; ", map.Select(e => $"{e.Phase}: {e.Involvement.ToString().ToLowerInvariant()}"))));
        facts.AddRange(wins.Select(w => new CardFact($"Win {DateText.Show(CheckInCalendar.Local(w.At, collaboration.TimeZoneId))}", w.Text)));
        if (member.AwayUntil is { } away && member.IsAway(context.Today))
        {
            facts.Add(new CardFact("Away until", away.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        context.ReplyToCaller($"Your value chain in {collaboration.Name}: {CommitmentTrend.Word(trend)}.", new Card { Title = $"{member.DisplayName} in {collaboration.Name}", Facts = facts });
    }

    /// <summary>What the member said at their latest check-in since the commitment: it holds, or it should change.</summary>
    private static string Holds(Commitment commitment, IReadOnlyList<Domain.CheckIns.CheckInAnswer> mine) =>
        mine.LastOrDefault(a => a.AnsweredAt >= commitment.MadeAt && a.CommitmentHolds is not null)?.CommitmentHolds switch
        {
            true => " (still holds, you said at your last check-in)",
            false => " (you said it should change: `commit` the new one)",
            _ => "",
        };
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static CollabBot.Host.Tests.Signals.TenWeekCast;

namespace CollabBot.Host.Tests.Signals;

/// <summary>One time a member was named as fading to someone: an alert, an escalation, or a line of a summary.</summary>
public sealed record FadeMention(int Day, string Receiver, string Subject, bool Summary, string Evidence)
{
    /// <summary>Right when the member truly faded and the mention came after they started to.</summary>
    public bool Right => TrueFaders.TryGetValue(Subject, out var from) && Day >= from;
}

/// <summary>The figures issue 23 asks for, computed from a run's ledger against the cast's ground truth.</summary>
public sealed partial class TenWeekFigures(SignalLedger ledger)
{
    public IReadOnlyList<FadeMention> Mentions { get; } = FindMentions(ledger);

    public double AlertPrecision => Mentions.Count == 0 ? 1 : Mentions.Count(m => m.Right) / (double)Mentions.Count;

    /// <summary>Days from Eli's last contribution to the first time Dev, the facilitator, heard he was fading; null if never.</summary>
    public int? DaysUntilCitizenFlagged => Mentions.Where(m => m.Subject == "eli" && m.Receiver == "dev" && m.Right).Select(m => (int?)m.Day).Min() - ledger.LastActive("eli");

    /// <summary>Private messages nobody asked for, per Warm Homes member and week of membership.</summary>
    public IReadOnlyDictionary<string, double> UnsolicitedPerWeek => People.Where(p => p.Team == WarmHomes).ToDictionary(p => p.Id, p =>
        ledger.Messages.Count(m => m.IsPrivate && m.Recipient == p.Id && !ledger.AnsweredTurnOf(m, p.Id)) / ((Days - p.Joins) / 7.0));

    public double MedianUnsolicitedPerWeek => Median(UnsolicitedPerWeek.Values);

    /// <summary>New posts: a card updated in place (a proposal's tally) is not a new post.</summary>
    public int BotChannelPosts => ledger.Messages.Count(m => m.Visibility == "channel" && m.Conversation == WarmHomes && !m.UpdatesEarlier);

    public int HumanChannelPosts => ledger.Posts.Count(p => p.Conversation == WarmHomes);

    public double BotShare => BotChannelPosts / (double)(BotChannelPosts + HumanChannelPosts);

    /// <summary>Alerts (not summary lines) to the same person about the same member, and nudges to the same member, less than 7 days apart.</summary>
    public int RepeatsWithinAWeek =>
        Mentions.Where(m => !m.Summary).GroupBy(m => (m.Receiver, m.Subject)).Sum(g => CloseRepeats(g.Select(m => m.Day)))
        + ledger.Messages.Where(IsNudge).GroupBy(m => m.Recipient).Sum(g => CloseRepeats(g.Select(m => m.Day)));

    public int Nudges => ledger.Messages.Count(IsNudge);

    public int NonWinsCelebrated => ledger.Messages.Count(m => m.Visibility == "channel" && ledger.NonWins.Any(n => m.Text.Contains(n, StringComparison.Ordinal)));

    public int Celebrations => ledger.Messages.Count(m => m.Visibility == "channel" && m.Text.StartsWith("🎉", StringComparison.Ordinal));

    public string Report()
    {
        var text = new StringBuilder();
        var right = Mentions.Count(m => m.Right);
        text.AppendLine(Invariant($"fade alerts right: {right} of {Mentions.Count} ({AlertPrecision:P0}); of them summary lines: {Mentions.Count(m => m.Summary)}"));
        foreach (var wrong in Mentions.Where(m => !m.Right).GroupBy(m => m.Subject))
        {
            text.AppendLine(Invariant($"  wrong about {wrong.Key}: {wrong.Count()} (days {string.Join(", ", wrong.Select(m => m.Day).Distinct())}), e.g. \"{Shorten(wrong.Last().Evidence)}\""));
        }

        text.AppendLine(Invariant($"days from the citizen's last contribution (day {ledger.LastActive("eli")}) to the facilitator hearing of it: {DaysUntilCitizenFlagged?.ToString(CultureInfo.InvariantCulture) ?? "never"}"));
        text.AppendLine(Invariant($"  days the facilitator heard the citizen was fading: {string.Join(", ", Mentions.Where(m => m.Subject == "eli" && m.Receiver == "dev").Select(m => m.Day))}"));
        text.AppendLine(Invariant($"median unsolicited private messages per member per week: {MedianUnsolicitedPerWeek:0.0}"));
        text.AppendLine("  " + string.Join(", ", UnsolicitedPerWeek.Select(p => Invariant($"{p.Key} {p.Value:0.0}"))));
        text.AppendLine(Invariant($"bot share of new posts in the team channel: {BotShare:P0} ({BotChannelPosts} bot, {HumanChannelPosts} people)"));
        text.AppendLine(Invariant($"alerts or nudges about the same member within 7 days: {RepeatsWithinAWeek}; nudges: {Nudges}"));
        text.AppendLine(Invariant($"celebration posts: {Celebrations}; non-wins celebrated: {NonWinsCelebrated}"));
        foreach (var kind in ledger.Messages.Where(m => m.Visibility == "channel" && m.Conversation == WarmHomes && !m.UpdatesEarlier).GroupBy(m => Kind(m.Text)).OrderByDescending(g => g.Count()))
        {
            text.AppendLine(Invariant($"  channel posts {kind.Key}: {kind.Count()}"));
        }

        text.AppendLine("every fade alert (day, to, about, what it said):");
        foreach (var mention in Mentions)
        {
            text.AppendLine(Invariant($"  {mention.Day} {mention.Receiver} {mention.Subject} {(mention.Right ? "right" : "WRONG")}: {Shorten(mention.Evidence)}"));
        }

        return text.ToString();
    }

    private static List<FadeMention> FindMentions(SignalLedger ledger)
    {
        var mentions = new List<FadeMention>();
        foreach (var message in ledger.Messages.Where(m => m.IsPrivate && m.Recipient is not null))
        {
            mentions.AddRange(FadingAlert().Matches(message.Text).Select(match => new FadeMention(message.Day, message.Recipient!, Id(match.Groups["name"].Value), false, message.Text)));
            // A summary names members in facts whose label speaks of fading ("Fading", "Still fading"): each name counts.
            foreach (var (_, value) in message.Facts.Where(f => f.Label.Contains("fading", StringComparison.OrdinalIgnoreCase)))
            {
                mentions.AddRange(value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Where(line => SummaryName().IsMatch(line))
                    .Select(line => new FadeMention(message.Day, message.Recipient!, Id(SummaryName().Match(line).Value), true, line)));
            }
        }

        return mentions.Where(m => People.Any(p => p.Id == m.Subject)).ToList();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private static bool IsNudge(BotMessage message) => message.IsPrivate && message.Text.StartsWith("We have missed you", StringComparison.Ordinal);

    private static int CloseRepeats(IEnumerable<int> days)
    {
        var ordered = days.Order().ToList();
        return ordered.Zip(ordered.Skip(1)).Count(pair => pair.Second - pair.First < 7);
    }

    private static string Kind(string text) => text.Length < 24 ? text : string.Join(' ', text.Split(' ').Take(4));

    private static string Id(string name) => name.ToLowerInvariant();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+)'s? participation in .+? is (still )?fading")]
    private static partial Regex FadingAlert();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+")]
    private static partial Regex SummaryName();
}

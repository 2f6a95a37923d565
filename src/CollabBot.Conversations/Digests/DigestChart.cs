namespace CollabBot.Conversations.Digests;

/// <summary>
/// The digest chart's data: weekly contributions and small wins, one point per week since the team started (at most
/// the last eight), each week ending on the digest's day. Stored with the digest and drawn when first fetched.
/// </summary>
/// <param name="WeekLabels">"week 3" and the day it ended, for each point.</param>
/// <param name="WeekEndsOn">The weekday every week ends on (the digest's day), for the axis label.</param>
public sealed record DigestChart(string Title, IReadOnlyList<string> WeekLabels, IReadOnlyList<int> Signals, IReadOnlyList<int> Wins, string? WeekEndsOn = null);

namespace CollabBot.Conversations.Digests;

/// <summary>The digest chart's data: weekly contributions and small wins. Stored with the digest and drawn when first fetched.</summary>
public sealed record DigestChart(string Title, IReadOnlyList<string> WeekLabels, IReadOnlyList<int> Signals, IReadOnlyList<int> Wins);

namespace CollabBot.Conversations.Delivery;

/// <summary>At most <paramref name="Count"/> calls in any <paramref name="Window"/> (a sliding window, as the platforms count).</summary>
public sealed record RateLimit(int Count, TimeSpan Window);

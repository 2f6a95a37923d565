namespace CollabBot.Testing.Fakes;

/// <summary>
/// How a fake misbehaves for a while: an HTTP status (500, 502, 429...) or no answer at all until the client gives up.
/// It lasts until <paramref name="Until"/> and, where a fake counts them, until it was answered <paramref name="AtLeast"/>
/// times, so a slow start on a busy machine cannot slip past it.
/// </summary>
public sealed record FakeFault(int Status, DateTimeOffset Until, int? RetryAfterSeconds = null, bool Hang = false, int AtLeast = 0);

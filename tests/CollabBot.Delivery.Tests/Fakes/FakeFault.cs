namespace CollabBot.Delivery.Tests.Fakes;

/// <summary>How a fake misbehaves for a while: an HTTP status (500, 502, 429...) or no answer at all until the client gives up.</summary>
public sealed record FakeFault(int Status, DateTimeOffset Until, int? RetryAfterSeconds = null, bool Hang = false);

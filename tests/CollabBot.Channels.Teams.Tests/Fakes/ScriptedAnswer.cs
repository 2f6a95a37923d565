namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>A non-2xx answer the fake Connector gives once, as the real one does under load or after uninstall.</summary>
public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null, string? ErrorCode = null);

namespace CollabBot.Testing.Fakes;

/// <summary>An answer the fake Connector gives once, as the real one does under load or after uninstall (2xx: the normal success).</summary>
public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null, string? ErrorCode = null);

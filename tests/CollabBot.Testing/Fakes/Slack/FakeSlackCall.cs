using System.Text.Json.Nodes;

namespace CollabBot.Testing.Fakes;

/// <summary>One request the fake Slack Web API received, and what it answered.</summary>
public sealed record FakeSlackCall(string Method, string? Token, JsonObject Arguments, int Status, string? Error, DateTimeOffset At, string? Ts = null)
{
    public string? Channel => Arguments["channel"]?.GetValue<string>();

    public bool Succeeded => Status == 200 && Error is null;
}

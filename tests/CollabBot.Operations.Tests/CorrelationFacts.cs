using System.Text.Json;
using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>
/// Operators follow one turn through the structured (JSON) logs of a real host process: the inbound request's
/// trace id is the correlation id of the turn's handling and of its reply's delivery. No secret is ever logged.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class CorrelationFacts : IAsyncLifetime
{
    private SlackRig _rig = null!;

    public async Task InitializeAsync() => _rig = await SlackRig.StartAsync("correlation");

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task One_turns_id_is_on_its_inbound_log_its_handling_and_its_send_and_no_secret_is_logged()
    {
        var host = await _rig.StartHostAsync(new Dictionary<string, string?>
        {
            ["Logging:Console:FormatterName"] = "json",
            ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging:LogLevel:Hangfire"] = "Information",
            ["Logging:LogLevel:CollabBot"] = "Debug",
        });
        using var http = host.Http();
        using var mention = await http.SendAsync(SlackWire.Event(SlackRig.Secret, SlackWire.Mention("CTRACE", "UTRACE", "start Traced", "EvTRACE0001")));
        using var repeat = await http.SendAsync(SlackWire.Event(SlackRig.Secret, SlackWire.Mention("CTRACE", "UTRACE", "start Traced", "EvTRACE0001")));
        Assert.True(await Eventually.TrueAsync(() => _rig.Posts("CTRACE").Count > 0, TimeSpan.FromSeconds(30)), _rig.Output());
        Assert.True(await Eventually.TrueAsync(() => host.Output.Any(l => l.Contains("sent via", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)), _rig.Output());
        using var metrics = await http.GetAsync("/metrics");
        var exported = await metrics.Content.ReadAsStringAsync();

        var entries = host.Output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var inbound = entries.Where(e => Category(e) == "Microsoft.AspNetCore.Hosting.Diagnostics" && Scope(e, "RequestPath") == "/api/slack/events"
            && e.GetProperty("Message").GetString()!.Contains("Request finished", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, inbound.Count);
        var traceId = Scope(inbound[0], "TraceId");
        Assert.NotNull(traceId);

        var correlated = entries.Where(e => Scope(e, "CorrelationId") == traceId).Select(e => (Category(e), e.GetProperty("Message").GetString()!)).ToList();
        Assert.Contains(correlated, c => c.Item1 == "CollabBot.Conversations.Delivery.OutboxDispatcher" && c.Item2.Contains("sent via Slack", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Scope(e, "CorrelationId") is { } other && other != traceId && other != Scope(inbound[1], "TraceId"));

        foreach (var secret in new[] { SlackRig.Secret, SlackRig.BotToken })
        {
            Assert.DoesNotContain(secret, _rig.Output(), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, exported, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Traced", exported, StringComparison.Ordinal);

        // The same event twice: accepted once, and once as a repeat.
        Assert.Matches("collabbot_turns_accepted_total\\{[^}]*platform=\"Slack\",repeat=\"false\"[^}]*\\} 1\\b", exported);
        Assert.Matches("collabbot_turns_accepted_total\\{[^}]*platform=\"Slack\",repeat=\"true\"[^}]*\\} 1\\b", exported);
    }

    private static string? Category(JsonElement entry) => entry.GetProperty("Category").GetString();

    private static string? Scope(JsonElement entry, string key)
    {
        if (!entry.TryGetProperty("Scopes", out var scopes))
        {
            return null;
        }

        foreach (var scope in scopes.EnumerateArray())
        {
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(key, out var value))
            {
                return value.ToString();
            }
        }

        return null;
    }
}

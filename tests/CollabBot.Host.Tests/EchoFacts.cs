using CollabBot.Channels.Playground;
using CollabBot.Domain;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// Refusals and unknown-command answers quote at most a short excerpt of what was typed (issue 22, item 7): 200 KB
/// after any command word comes back as one short reply, never as many posts.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EchoFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "echo")
{
    private static readonly string Huge = "Ω" + new string('x', 200_000);

    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("ana", "propose Pilot in Block C");
        await Playground.SayAsync("ben", "puzzle pumps or insulation?");
    }

    [Fact]
    public async Task A_huge_argument_to_any_command_comes_back_as_one_short_reply()
    {
        var inbox = new InboxTurns(App);
        var lines = CommandInputs.Verbs.SelectMany(verb => new[] { $"{verb} {Huge}", $"{verb} {Huge} {Huge}" })
            .Concat(["timezone me " + Huge, "checkin every monday 09:00 " + Huge, "digest to #coordinators every friday 15:00 " + Huge, Huge, "propose x closes " + Huge])
            .ToList();
        var turns = lines.SelectMany((text, n) => new[] { "ana", "ben", "newbie" }.Select(user =>
            InboxTurns.Command(Platform.Playground, PlaygroundOptions.WorkspaceId, "innovation-lab", user, text, $"echo:{n}:{user}", user))).ToList();

        foreach (var turn in turns)
        {
            await inbox.AcceptAsync(turn);
        }

        Assert.True(await inbox.AllClosedAsync([.. turns.Select(t => t.DedupKey)], TimeSpan.FromSeconds(120)), "some turns were not handled");
        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var replies = await db.Outbox.Where(o => o.IdempotencyKey.Contains(":echo:")).Select(o => new { o.IdempotencyKey, o.PayloadJson }).ToListAsync();
        var tooLong = replies.Where(r => r.PayloadJson.Length > 6000).Select(r => $"{r.IdempotencyKey}: {r.PayloadJson.Length} characters, {r.PayloadJson[..300]}").ToList();
        Assert.True(tooLong.Count == 0, string.Join('\n', tooLong));
        var unanswered = turns.Where(t => !replies.Any(r => r.IdempotencyKey.Contains($":{t.DedupKey}:", StringComparison.Ordinal))).Select(t => t.Text![..Math.Min(40, t.Text!.Length)] + " by " + t.Who.UserId).ToList();
        Assert.True(unanswered.Count == 0, "unanswered: " + string.Join('\n', unanswered));
    }
}

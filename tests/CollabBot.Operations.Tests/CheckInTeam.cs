using System.Globalization;
using CollabBot.Testing;
using Npgsql;

namespace CollabBot.Operations.Tests;

/// <summary>
/// A Slack team with a daily check-in whose occurrence fell two hours ago while no host ran it: built through
/// real commands, then moved back in time in the database (members joined yesterday, the schedule last ran days ago),
/// so the next host to start, or the next run of its job, owes exactly one occurrence. The team's time zone puts
/// "now" in the early afternoon, outside everyone's quiet hours, whatever the hour of the test run.
/// </summary>
public sealed class CheckInTeam(string channel, int members)
{
    public string Channel { get; } = channel;

    public IReadOnlyList<string> Members { get; } = [.. Enumerable.Range(0, members).Select(i => $"U{i:D5}")];

    public static string DirectChannel(string user) => $"D{user}";

    public async Task CreateAsync(HttpClient http, SlackRig rig)
    {
        var utcHour = DateTime.UtcNow.Hour;
        var offset = 14 - utcHour;
        var zone = offset switch { 0 => "Etc/GMT", > 0 => $"Etc/GMT-{offset}", _ => $"Etc/GMT+{-offset}" };
        var due = DateTime.UtcNow.AddHours(offset - 2);

        await SlackRig.CommandAsync(http, Channel, Members[0], "start Warm Homes");
        await WaitHandledAsync(rig, 1);
        await SlackRig.CommandAsync(http, Channel, Members[0], $"timezone {zone}");
        using var joins = new SemaphoreSlim(16);
        await Task.WhenAll(Members.Skip(1).Select(async user =>
        {
            await joins.WaitAsync();
            try
            {
                await SlackRig.CommandAsync(http, Channel, user, "join as citizen");
            }
            finally
            {
                joins.Release();
            }
        }));
        await SlackRig.CommandAsync(http, Channel, Members[0], string.Create(CultureInfo.InvariantCulture, $"checkin cron \"{due.Minute} {due.Hour} * * *\""));
        await SlackRig.CommandAsync(http, Channel, Members[0], "checkin remind 1h");
        await WaitHandledAsync(rig, Members.Count + 3);
        Assert.Equal(Members.Count, await ScalarAsync(rig, "SELECT count(*) FROM members"));

        await ExecuteAsync(rig, """
            UPDATE members SET "JoinedAt" = now() - interval '1 day';
            UPDATE checkin_schedules SET "LastRunOccurrence" = now() - interval '3 days';
            """);
    }

    /// <summary>Waits until this many turns were handled: Slack's turns go through the inbox, and a turn's commit completes its row.</summary>
    public static async Task WaitHandledAsync(SlackRig rig, int turns)
    {
        var handled = await Eventually.TrueAsync(
            async () => await ScalarAsync(rig, "SELECT count(*) FROM inbox WHERE \"CompletedAt\" IS NOT NULL") >= turns, TimeSpan.FromSeconds(120));
        Assert.True(handled, $"fewer than {turns} turns handled; host output:\n{rig.Output()}");
    }

    public static async Task<long> ScalarAsync(SlackRig rig, string sql)
    {
        await using var connection = new NpgsqlConnection(rig.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<string> TextAsync(SlackRig rig, string sql)
    {
        await using var connection = new NpgsqlConnection(rig.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    public static async Task ExecuteAsync(SlackRig rig, string sql)
    {
        await using var connection = new NpgsqlConnection(rig.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

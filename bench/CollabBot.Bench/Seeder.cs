using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Workspaces;
using CollabBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CollabBot.Bench;

/// <summary>
/// Seeds collaborations and members, each collaboration with a weekly digest to its own coordinators' channel, an
/// open risk, and (every tenth) a decision agreed by everyone within the hour; then about three signals per member
/// per day by binary COPY, every tenth member silent for the last three weeks.
/// </summary>
public static class Seeder
{
    public const string DigestCron = "0 15 * * 5";
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(string connectionString, SeedShape shape)
    {
        var factory = CollabDbContextFactory.Postgres(connectionString);
        await using (var db = factory.Create())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        var start = Now.AddDays(-shape.Days);
        var workspace = new Workspace(Guid.NewGuid(), Platform.Playground, "bench", start);
        var memberIds = new List<(Guid Collaboration, Guid Member, int Index)>();
        var sectors = Enum.GetValues<Sector>();
        for (var batch = 0; batch < shape.Collaborations; batch += 100)
        {
            await using var db = factory.Create();
            if (batch == 0)
            {
                db.Workspaces.Add(workspace);
            }

            for (var c = batch; c < Math.Min(batch + 100, shape.Collaborations); c++)
            {
                // Every member is a different person of the workspace (their own daily limit of unsolicited messages).
                var collaboration = Collaboration.Start(workspace.Id, $"C{c}", $"Collaboration {c}", "UTC", $"u{c}-0", "Member 0", start);
                collaboration.SetChallenge("A shared problem");
                for (var m = 1; m < shape.Members; m++)
                {
                    collaboration.Join($"u{c}-{m}", $"Member {m}", start).SetSector(sectors[m % sectors.Length]);
                }

                collaboration.Members[0].SetSector(Sector.PublicAgency);
                collaboration.Members[1].Grant(Role.Facilitator);
                memberIds.AddRange(collaboration.Members.Select((member, i) => (collaboration.Id, member.Id, i)));
                db.Collaborations.Add(collaboration);
                db.Add(new DigestSubscription(collaboration.Id, workspace.Id, $"coordinators-{c}", DigestCron, "UTC", start));
                db.Add(Concern.Raise(collaboration.Id, 1, ConcernKind.Risk, "The budget may not be renewed", collaboration.Members[0].Id, null, Now.AddDays(-10)));
                if (c % 10 == 0)
                {
                    db.Add(FastConsensus(collaboration));
                }
            }

            await db.SaveChangesAsync();
        }

        await CopySignalsAsync(connectionString, memberIds, shape.Days);
    }

    public static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Decision FastConsensus(Collaboration collaboration)
    {
        var proposedAt = Now.AddDays(-2);
        var decision = Decision.Propose(collaboration.Id, 1, "We meet in the library from now on", collaboration.Members[0].Id, proposedAt, proposedAt.AddDays(1));
        foreach (var member in collaboration.Members)
        {
            decision.TakePosition(member.Id, Stance.Agree, null, proposedAt.AddMinutes(20));
        }

        decision.Close(collaboration.Members.Select(m => m.Id).ToList(), proposedAt.AddDays(1));
        return decision;
    }

    private static async Task CopySignalsAsync(string connectionString, List<(Guid Collaboration, Guid Member, int Index)> members, int days)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY participation_signals (\"CollaborationId\", \"MemberId\", \"Kind\", \"At\", \"Day\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (collaboration, member, index) in members)
            {
                // Every tenth member fades: silent for the last three weeks.
                var fadesFrom = index % 10 == 3 ? days - 21 : days;
                for (var day = 0; day < fadesFrom; day++)
                {
                    for (var n = random.Next(0, 7); n > 0; n--)
                    {
                        var at = Now.AddDays(day - days).AddMinutes(random.Next(0, 1440));
                        writer.StartRow();
                        writer.Write(collaboration, NpgsqlDbType.Uuid);
                        writer.Write(member, NpgsqlDbType.Uuid);
                        writer.Write((int)ParticipationKind.Message, NpgsqlDbType.Integer);
                        writer.Write(at.UtcDateTime, NpgsqlDbType.TimestampTz);
                        writer.Write(ParticipationSignal.DayOf(at).UtcDateTime, NpgsqlDbType.TimestampTz);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        // The COPY wrote the signals member by member; a host records them as they happen, so its table is in time
        // order. Put the seeded table in that order too, or reading one day's signals touches pages all over the table.
        await using var cluster = new NpgsqlCommand("CLUSTER participation_signals USING \"IX_participation_signals_Day\"; ANALYZE participation_signals", connection)
        {
            CommandTimeout = 1800,
        };
        await cluster.ExecuteNonQueryAsync();
    }
}

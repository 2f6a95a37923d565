using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Workspaces;
using CollabBot.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CollabBot.Bench;

/// <summary>Seeds collaborations, members and about three signals per member per day, with some members fading.</summary>
public static class Seeder
{
    public static async Task<DateTimeOffset> SeedAsync(string connectionString, SeedShape shape)
    {
        var now = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        var factory = CollabDbContextFactory.Postgres(connectionString);
        await using (var db = factory.Create())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        var workspace = new Workspace(Guid.NewGuid(), Platform.Playground, "bench", now.AddDays(-shape.Days));
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
                var start = now.AddDays(-shape.Days);
                var collaboration = Collaboration.Start(workspace.Id, $"C{c}", $"Collaboration {c}", "UTC", "u0", "Member 0", start);
                collaboration.SetChallenge("A shared problem");
                for (var m = 1; m < shape.Members; m++)
                {
                    collaboration.Join($"u{m}", $"Member {m}", start).SetSector(sectors[m % sectors.Length]);
                }

                collaboration.Members[0].SetSector(Sector.PublicAgency);
                collaboration.Members[1].Grant(Role.Facilitator);
                memberIds.AddRange(collaboration.Members.Select((member, i) => (collaboration.Id, member.Id, i)));
                db.Collaborations.Add(collaboration);
            }

            await db.SaveChangesAsync();
        }

        await CopySignalsAsync(connectionString, memberIds, now, shape.Days);
        return now;
    }

    public static async Task<long> CountSignalsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM participation_signals", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task CopySignalsAsync(string connectionString, List<(Guid Collaboration, Guid Member, int Index)> members, DateTimeOffset now, int days)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var random = new Random(42);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY participation_signals (\"CollaborationId\", \"MemberId\", \"Kind\", \"At\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (collaboration, member, index) in members)
            {
                // Every tenth member fades: silent for the last three weeks.
                var fadesFrom = index % 10 == 3 ? days - 21 : days;
                for (var day = 0; day < fadesFrom; day++)
                {
                    for (var n = random.Next(0, 7); n > 0; n--)
                    {
                        await writer.StartRowAsync();
                        await writer.WriteAsync(collaboration, NpgsqlDbType.Uuid);
                        await writer.WriteAsync(member, NpgsqlDbType.Uuid);
                        await writer.WriteAsync((int)ParticipationKind.Message, NpgsqlDbType.Integer);
                        await writer.WriteAsync(now.AddDays(day - days).AddMinutes(random.Next(0, 1440)).UtcDateTime, NpgsqlDbType.TimestampTz);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE participation_signals", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}

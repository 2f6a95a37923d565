using static CollabBot.Host.Tests.Signals.TenWeekCast;

namespace CollabBot.Host.Tests.Signals;

/// <summary>What people type on given days of the run (besides chatter and check-in answers), as they would type it.</summary>
public static class TenWeekScript
{
    public sealed record Line(string Conversation, string UserId, string Text, bool Chatter = false);

    public static IEnumerable<Line> On(int day, Func<int, string> date)
    {
        return day switch
        {
            0 => SetUp(),
            2 => [new(WarmHomes, "ben", "win the housing association shared its heating data")],
            3 => [new(WarmHomes, "chloe", "obstacle no budget for a tenant survey"), new(GreenRoofs, "jon", "obstacle roof owners are hard to reach")],
            4 => [new(WarmHomes, "chloe", $"away until {date(Away["chloe"].Until)}")],
            9 => [new(WarmHomes, "olga", "Happy holidays, everyone. Good work so far.", Chatter: true)],
            22 => [new(WarmHomes, "ana", "phase next confirm"), new(GreenRoofs, "ivy", "phase next confirm")],
            23 => [new(WarmHomes, "dev", "define warm home: a home kept at 19 degrees or more without arrears"), new(WarmHomes, "ana", "agree warm home")],
            24 =>
            [
                new(WarmHomes, "ben", "agree warm home"), new(WarmHomes, "ana", "propose a pilot in two streets this spring closes 3d"),
                new(WarmHomes, "ben", "vote 1 agree"), new(WarmHomes, "dev", "vote 1 agree"), new(WarmHomes, "eli", "vote 1 agree"),
            ],
            25 => [new(WarmHomes, "chloe", "vote 1 reservations the landlords are not on board yet"), new(WarmHomes, "frank", "vote 1 agree")],
            36 => [new(WarmHomes, "dev", "health")],
            40 => [new(WarmHomes, "olga", "The coordinators liked the pilot plan.", Chatter: true)],
            SponsorJoins => [new(WarmHomes, "sam", "join as public"), new(WarmHomes, "ana", "role @Sam sponsor")],
            46 => [new(WarmHomes, "ben", $"away until {date(Away["ben"].Until)}")],
            50 => [new(WarmHomes, "ana", "phase next confirm")],
            52 => [new(WarmHomes, "sam", "Good to see the pilot moving. I will brief the committee.", Chatter: true)],
            57 => [new(WarmHomes, "dev", "health")],
            60 => [new(WarmHomes, "frank", "win tenants in Oak Street agreed to take part")],
            64 => [new(WarmHomes, "sam", "The committee backs the pilot.", Chatter: true)],
            _ => [],
        };
    }

    private static IEnumerable<Line> SetUp()
    {
        yield return new(WarmHomes, "ana", "start Warm Homes");
        yield return new(WarmHomes, "ana", "timezone Europe/Copenhagen");
        yield return new(WarmHomes, "ana", "challenge Too many homes in the east end are cold in winter");
        yield return new(WarmHomes, "ana", "goal Every home in the east end warm and affordable by 2030");
        yield return new(GreenRoofs, "ivy", "start Green Roofs");
        yield return new(GreenRoofs, "ivy", "timezone Europe/Copenhagen");
        yield return new(GreenRoofs, "ivy", "challenge Flat roofs in the city centre stay unused");
        foreach (var person in People.Where(p => p.Joins == 0))
        {
            yield return new(person.Team, person.Id, $"join as {person.Sector}");
        }

        yield return new(WarmHomes, "ana", "role @Dev facilitator");
        yield return new(WarmHomes, "ana", "role @Olga coordinator");
        yield return new(GreenRoofs, "ivy", "role @Jon facilitator");
        foreach (var person in People.Where(p => p.Joins == 0 && p.Answers > 0))
        {
            yield return new(person.Team, person.Id, $"commit contacts and ideas for {person.Sector} partners; two hours a week");
        }

        yield return new(WarmHomes, "ana", "checkin every monday 09:00");
        yield return new(GreenRoofs, "ivy", "checkin every wednesday 10:00");
        yield return new(WarmHomes, "ana", "digest to #coordinators every friday 15:00");
        yield return new(GreenRoofs, "ivy", "digest to #coordinators every friday 15:00");

        // The facilitators' summary, where the build has one; a build without it refuses the command (to Dev only).
        yield return new(WarmHomes, "dev", "summary every monday 08:00");
    }
}

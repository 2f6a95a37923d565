namespace CollabBot.Host.Tests.Signals;

/// <summary>One person of the ten-week run: where they take part, how often, and how they answer check-ins.</summary>
/// <param name="Activity">Chance of a channel message on an ordinary weekday.</param>
/// <param name="Answers">Chance of answering a check-in they were asked.</param>
/// <param name="Joins">The day (from the run's first Monday) they join.</param>
public sealed record Castmember(string Id, string Team, string Sector, double Activity, double Answers, int Rating, int Joins = 0)
{
    public string Name => char.ToUpperInvariant(Id[0]) + Id[1..];
}

/// <summary>
/// The ten weeks of issue 23 with their ground truth. Warm Homes (7 members, a coordinator, and a sponsor from week 7)
/// and Green Roofs (4 members) start on the same Monday; a two-week holiday lull follows in weeks 2 and 3; Chloe is
/// away over it and Ben in week 8; Eli, the citizen, goes quiet in mid-run (day 30) and Gus fades from day 42; Green
/// Roofs goes dormant from day 28. Only Eli and Gus truly fade: an alert about anyone else is wrong.
/// </summary>
public static class TenWeekCast
{
    public const string WarmHomes = "warm-homes";
    public const string GreenRoofs = "green-roofs";
    public const int Days = 70;
    public const int EliQuietFrom = 30;
    public const int GusFadesFrom = 42;
    public const int GreenRoofsDormantFrom = 28;
    public const int SponsorJoins = 44;

    public static readonly IReadOnlyList<Castmember> People =
    [
        new("ana", WarmHomes, "public", 0.8, 0.9, 4),
        new("ben", WarmHomes, "business", 0.6, 0.85, 4),
        new("chloe", WarmHomes, "ngo", 0.7, 0.85, 4),
        new("dev", WarmHomes, "knowledge", 0.7, 0.9, 4),
        new("eli", WarmHomes, "citizen", 0.6, 0.9, 4),
        new("frank", WarmHomes, "citizen", 0.5, 0.85, 3),
        new("gus", WarmHomes, "business", 0.6, 0.85, 4),
        new("olga", WarmHomes, "public", 0, 0, 0),
        new("sam", WarmHomes, "public", 0, 0, 0, SponsorJoins),
        new("ivy", GreenRoofs, "public", 0.7, 0.9, 4),
        new("jon", GreenRoofs, "ngo", 0.6, 0.85, 4),
        new("kim", GreenRoofs, "business", 0.6, 0.85, 4),
        new("lea", GreenRoofs, "citizen", 0.5, 0.85, 4),
    ];

    /// <summary>Who truly faded, and from which day: the ground truth an alert is judged against.</summary>
    public static readonly IReadOnlyDictionary<string, int> TrueFaders = new Dictionary<string, int> { ["eli"] = EliQuietFrom, ["gus"] = GusFadesFrom };

    /// <summary>Away periods as announced, inclusive: Chloe over the holidays, Ben in week 8.</summary>
    public static readonly IReadOnlyDictionary<string, (int From, int Until)> Away = new Dictionary<string, (int, int)>
    {
        ["chloe"] = (4, 20),
        ["ben"] = (46, 55),
    };

    public static Castmember Person(string id) => People.Single(p => p.Id == id);

    public static bool IsLull(int day) => day is >= 7 and <= 20;

    public static bool IsAway(string id, int day) => Away.TryGetValue(id, out var away) && day > away.From && day <= away.Until;

    /// <summary>Whether the person writes in their channel on this day (decided by a hash, never by what the bot said).</summary>
    public static bool Posts(Castmember person, int day)
    {
        if (day < person.Joins || IsAway(person.Id, day) || person.Id == "eli" && day >= EliQuietFrom
            || person.Team == GreenRoofs && day >= GreenRoofsDormantFrom)
        {
            return false;
        }

        var chance = person.Activity * (day % 7 >= 5 ? 0.15 : 1) * (IsLull(day) ? 0.15 : 1) * (person.Id == "gus" && day >= GusFadesFrom ? 0.15 : 1);
        return Chance(person.Id, day, "post") < chance;
    }

    /// <summary>Whether the person answers the check-in that opened on <paramref name="openedDay"/>, and how many days later.</summary>
    public static (bool Answers, int Delay) AnswersCheckIn(Castmember person, int openedDay)
    {
        var faded = person.Id == "eli" && openedDay >= EliQuietFrom || person.Id == "gus" && openedDay >= GusFadesFrom
            || person.Team == GreenRoofs && openedDay >= GreenRoofsDormantFrom;
        var chance = faded ? 0 : person.Answers * (IsLull(openedDay) ? 0.3 : 1);
        return (Chance(person.Id, openedDay, "answer") < chance, Chance(person.Id, openedDay, "delay") < 0.6 ? 0 : 1);
    }

    /// <summary>The rating given: the person's usual one, give or take one.</summary>
    public static int Rating(Castmember person, int day) =>
        Math.Clamp(person.Rating + (int)Math.Floor(Chance(person.Id, day, "rating") * 3) - 1, 1, 5);

    /// <summary>Frank often has nothing to report; he says so.</summary>
    public static bool NothingToReport(Castmember person, int day) => person.Id == "frank" && Chance(person.Id, day, "nothing") < 0.45;

    public static string Win(Castmember person, int day) => Wins[(int)(Chance(person.Id, day, "win") * Wins.Length)] + $" ({person.Name}, day {day})";

    /// <summary>A stable number in [0, 1) for a decision (FNV-1a; string.GetHashCode differs per process).</summary>
    public static double Chance(string who, int day, string what)
    {
        var hash = 2166136261u;
        foreach (var c in $"{who}|{day}|{what}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (hash % 10_000) / 10_000.0;
    }

    private static readonly string[] Wins =
    [
        "the housing association shared its heating data",
        "met two tenants who want to help",
        "the survey questions are agreed",
        "a caretaker showed us the worst blocks",
        "the energy advisers will join a session",
        "found a room for the workshop",
        "the council's map of cold homes is ready",
    ];
}

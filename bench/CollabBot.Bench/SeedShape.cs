namespace CollabBot.Bench;

public sealed record SeedShape(int Collaborations, int Members, int Days)
{
    /// <summary>The target of issue 6: 1,000 collaborations × 30 members × 90 days (about 8 M signals).</summary>
    public static readonly SeedShape Full = new(1000, 30, 90);

    /// <summary>`--small`: a quick run.</summary>
    public static readonly SeedShape Small = new(20, 30, 90);
}

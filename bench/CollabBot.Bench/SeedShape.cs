namespace CollabBot.Bench;

public sealed record SeedShape(int Collaborations, int Members, int Days);

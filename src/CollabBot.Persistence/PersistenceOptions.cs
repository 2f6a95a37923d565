namespace CollabBot.Persistence;

public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary>The SQLite file used when no PostgreSQL connection string is set; relative to the working directory.</summary>
    public string SqlitePath { get; set; } = "collabbot.db";
}

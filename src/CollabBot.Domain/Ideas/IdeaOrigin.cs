using CollabBot.Domain.Members;

namespace CollabBot.Domain.Ideas;

/// <summary>Where an idea comes from: its author (null once forgotten) and the sector they spoke for.</summary>
public sealed record IdeaOrigin(Guid? AuthorId, Sector? Sector);

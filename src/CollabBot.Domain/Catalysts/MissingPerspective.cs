using CollabBot.Domain.Members;

namespace CollabBot.Domain.Catalysts;

/// <summary>Sectors whose view the ideas lack: <paramref name="InTeam"/> when the team has them but they gave no idea.</summary>
public sealed record MissingPerspective(IReadOnlyList<Sector> Sectors, bool InTeam);

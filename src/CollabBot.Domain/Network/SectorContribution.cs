using CollabBot.Domain.Members;

namespace CollabBot.Domain.Network;

/// <summary><paramref name="Count"/> contributions by members of <paramref name="Sector"/> at <paramref name="At"/> (a day's or a week's total is fine).</summary>
public sealed record SectorContribution(Sector Sector, DateTimeOffset At, int Count = 1);

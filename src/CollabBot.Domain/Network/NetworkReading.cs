using CollabBot.Domain.Members;

namespace CollabBot.Domain.Network;

/// <summary>The stage, the evidence for it in plain words (what holds and what is missing), and the step that grows the network.</summary>
public sealed record NetworkReading(NetworkStage Stage, IReadOnlyList<string> Holds, IReadOnlyList<string> Missing, IReadOnlySet<Sector> ActiveSectors, string NextStep)
{
    /// <summary>"3 sectors took part …; the last decision drew 4 of 6": the evidence as one line.</summary>
    public string Evidence => string.Join("; ", Holds.Concat(Missing));
}

namespace CollabBot.Domain.Puzzles;

/// <summary>The three questions that reframe a conflict as a joint puzzle (DOMAIN.md §6).</summary>
public enum PuzzleFacet
{
    /// <summary>What do we agree on?</summary>
    Agree,

    /// <summary>Where do we differ?</summary>
    Differ,

    /// <summary>What would we need to know?</summary>
    Know,
}

namespace CollabBot.Domain.Glossary;

/// <summary>
/// A definition becomes the team's when at least half of the active members agree with it, or a convener
/// confirms it (issue 8, point 2). Active members are those not away today; agreement of people who left
/// does not count.
/// </summary>
public static class GlossaryAcceptanceRule
{
    public static bool IsAccepted(int agreeingActiveMembers, int activeMembers) =>
        activeMembers > 0 && agreeingActiveMembers * 2 >= activeMembers;

    /// <summary>How many agreements are needed among <paramref name="activeMembers"/>.</summary>
    public static int Needed(int activeMembers) => Math.Max(1, (activeMembers + 1) / 2);
}

using CollabBot.Conversations.CheckIns;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Phases;

/// <summary>Gathers what the phase checklist needs from storage.</summary>
public static class PhaseEvidence
{
    public static async Task<IReadOnlyList<ChecklistItem>> ChecklistAsync(Collaboration collaboration, ICheckInStore checkIns, CancellationToken cancellationToken)
    {
        var contributors = await checkIns.WinAuthorsSinceAsync(collaboration.Id, collaboration.PhaseStartedAt, cancellationToken);
        return PhaseChecklist.Evaluate(collaboration, contributors);
    }

    public static async Task<IReadOnlyList<string>> LacksAsync(Collaboration collaboration, ICheckInStore checkIns, CancellationToken cancellationToken) =>
        (await ChecklistAsync(collaboration, checkIns, cancellationToken)).Where(i => i.Met == false).Select(i => i.Text.ToLowerInvariant()).ToList();
}

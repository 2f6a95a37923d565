using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Phases;

/// <summary>Gathers what the phase checklist needs from storage.</summary>
public static class PhaseEvidence
{
    public static async Task<IReadOnlyList<ChecklistItem>> ChecklistAsync(Collaboration collaboration, IServiceProvider services, CancellationToken cancellationToken) =>
        PhaseChecklist.Evaluate(collaboration, await services.GetRequiredService<IPhaseEvidenceStore>().ForAsync(collaboration, cancellationToken));

    /// <summary>The tracked items not met yet, in lower case; items the bot does not track are never "lacking".</summary>
    public static async Task<IReadOnlyList<string>> LacksAsync(Collaboration collaboration, IServiceProvider services, CancellationToken cancellationToken) =>
        (await ChecklistAsync(collaboration, services, cancellationToken)).Where(i => i.Met == false).Select(i => i.Text.ToLowerInvariant()).ToList();
}

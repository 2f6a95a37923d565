namespace CollabBot.Domain.Collaborations;

/// <summary>What each phase is for and what the bot looks for before suggesting "next" (DOMAIN.md §1).</summary>
public static class PhaseGuide
{
    public static string Purpose(Phase phase) => phase switch
    {
        Phase.Understand => "Grasp the problem from many angles.",
        Phase.Ideate => "Develop and cross-fertilise ideas.",
        Phase.Test => "Select and test the most promising solutions.",
        Phase.Implement => "Coordinate the actors' actions; joint ownership.",
        Phase.Spread => "Diffuse the solution: members act as ambassadors.",
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static IReadOnlyList<string> Checklist(Phase phase) => phase switch
    {
        Phase.Understand => ["Challenge stated", "Perspectives from several sectors", "Key terms defined"],
        Phase.Ideate => ["Ideas from several members and sectors, not one voice"],
        Phase.Test => ["A chosen prototype", "Risks talked through, each with an owner", "Gains and costs: who carries which"],
        Phase.Implement => ["Owners for actions", "Obstacles routed to who can remove them"],
        Phase.Spread => ["Members report where they shared the solution"],
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    /// <summary>Default planned lengths; conveners may change them per collaboration.</summary>
    public static TimeSpan DefaultPlannedLength(Phase phase) => phase switch
    {
        Phase.Understand => TimeSpan.FromDays(21),
        Phase.Ideate => TimeSpan.FromDays(21),
        Phase.Test => TimeSpan.FromDays(28),
        Phase.Implement => TimeSpan.FromDays(56),
        Phase.Spread => TimeSpan.FromDays(28),
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public static Phase? Next(Phase phase) => phase == Phase.Spread ? null : phase + 1;
}

using CollabBot.Conversations.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Retrospectives;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Retrospectives;

/// <summary>How a retrospective reads in the phase-move post, `status` and the digest.</summary>
public static class RetrospectiveText
{
    /// <summary>Added to the post that announces the move: one post, not two (DOMAIN.md §4, say less).</summary>
    public static string Invitation(Collaboration collaboration, Retrospective retrospective) =>
        $"Before {retrospective.Phase} fades: what did we learn, has our view of the problem changed, what do we keep doing? "
        + $"Answer privately with `retro <what we learned>; <how our view changed>; <what we keep doing>` until {DateText.ShowIn(retrospective.ClosesAt, collaboration.TimeZoneId)}. "
        + "I will share a summary that names nobody.";

    /// <summary>The newest retrospective in one line: open with its count of answers, or its summary.</summary>
    public static string Line(Collaboration collaboration, Retrospective? latest, int openAnswers, DateTimeOffset now) => latest switch
    {
        null => "none yet (one opens when the team moves to the next phase)",
        { } r when r.IsOpen(now) || r.ClosedAt is null =>
            $"looking back on {r.Phase} until {DateText.ShowIn(r.ClosesAt, collaboration.TimeZoneId)}: {Words.Count(openAnswers, "answer")} so far (`retro <what we learned>; ...`)",
        { } r => r.Summary!.Replace("\n", " · ", StringComparison.Ordinal),
    };
}

using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Who hears privately about a member (a fading participation, a weakening commitment): the facilitators; in a team
/// with no facilitator, its conveners. Never the member themselves. Each receiver is told who else reads it.
/// </summary>
public static class PrivateAudience
{
    public static IReadOnlyList<Member> About(Collaboration collaboration, Member member)
    {
        var facilitators = collaboration.Members.Where(m => m.Holds(Role.Facilitator)).ToList();
        return (facilitators.Count > 0 ? facilitators : collaboration.Members.Where(m => m.Holds(Role.Convener))).Where(r => r.Id != member.Id).ToList();
    }

    /// <summary>"Only you and the other facilitators see this." and its forms for one reader and for conveners.</summary>
    public static string Line(IReadOnlyList<Member> receivers, Member receiver)
    {
        var others = receivers.Count(r => r.Id != receiver.Id);
        if (receiver.Holds(Role.Facilitator))
        {
            return others == 0 ? "Only you see this." : "Only you and the other facilitators see this.";
        }

        return others == 0
            ? "Only you see this: the team has no facilitator yet, so it comes to you as its convener."
            : "Only you and the other conveners see this: the team has no facilitator yet.";
    }
}

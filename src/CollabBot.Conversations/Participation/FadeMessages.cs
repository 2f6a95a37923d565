using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Participation;

/// <summary>Who hears about a fading member, and what they read: privately, with the evidence and a suggested action.</summary>
public static class FadeMessages
{
    /// <summary>The facilitators, or the conveners when the team has none; never the member themself.</summary>
    public static IReadOnlyList<Member> Receivers(Collaboration collaboration, Member about)
    {
        var facilitators = collaboration.Members.Where(m => m.Holds(Role.Facilitator)).ToList();
        return (facilitators.Count > 0 ? facilitators : collaboration.Members.Where(m => m.Holds(Role.Convener))).Where(r => r.Id != about.Id).ToList();
    }

    /// <summary>The coordinators, or else the conveners who did not get the alerts; never the member themself.</summary>
    public static IReadOnlyList<Member> EscalationReceivers(Collaboration collaboration, Member about)
    {
        var told = Receivers(collaboration, about).Select(r => r.Id).ToHashSet();
        var coordinators = collaboration.Members.Where(m => m.Holds(Role.Coordinator) && m.Id != about.Id).ToList();
        return coordinators.Count > 0 ? coordinators : collaboration.Members.Where(m => m.Holds(Role.Convener) && m.Id != about.Id && !told.Contains(m.Id)).ToList();
    }

    public static bool HasFacilitator(Collaboration collaboration) => collaboration.Members.Any(m => m.Holds(Role.Facilitator));

    /// <summary>Who else reads this: said first, so nobody mistakes a private alert for a shared one.</summary>
    public static string Audience(Collaboration collaboration) => HasFacilitator(collaboration)
        ? "Only you and the team's other facilitators see this."
        : $"Only {Words.Possessive(collaboration.Name)} conveners see this: the team has no facilitator.";

    public static string Alert(Collaboration collaboration, MemberHealth fading) =>
        $"{Audience(collaboration)} {Words.Possessive(fading.Member.DisplayName)} participation in {collaboration.Name} is fading: {fading.Verdict.Evidence}. "
        + "Suggested: a personal word, not a public one. Ask what would make taking part worth it for them now, or offer a task that fits their assets.";

    public static string Escalation(Collaboration collaboration, MemberHealth fading, IReadOnlyList<Member> told, Member receiver)
    {
        var role = receiver.Holds(Role.Coordinator) ? "coordinator" : "convener";
        var names = told.Count == 0 ? "the team" : string.Join(" and ", told.Select(m => m.DisplayName));
        return $"Only you see this, as {Words.Possessive(collaboration.Name)} {role}. {Words.Possessive(fading.Member.DisplayName)} participation in {collaboration.Name} is still fading "
            + $"after two alerts to {names}: {fading.Verdict.Evidence}. I will not raise it again. "
            + $"Perhaps ask {names} how it is going, or offer {fading.Member.DisplayName} a different part in the work.";
    }

    public static string Nudge(Collaboration collaboration) =>
        $"We have missed you in {collaboration.Name}. Even a small win or a one-line check-in helps the team. (Say `nudges off` and I won't ask again.)";

    public static OutboxEntry Direct(ConversationAddress channel, Member to, OutboundMessage message, string key, DateTimeOffset notBefore) => new()
    {
        To = channel,
        Visibility = Visibility.Direct,
        RecipientUserId = to.PlatformUserId,
        Message = Plain.PlainMessages.For(to, message),
        IdempotencyKey = key,
        Unsolicited = true,
        NotBefore = notBefore,
    };
}

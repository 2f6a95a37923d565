using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Text;
using CollabBot.Domain.Members;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// The messages a decision writes to the outbox, each with a key that names its logical event, so a job that
/// runs twice or two hosts that race write each of them once.
/// </summary>
public static class DecisionMessages
{
    public static string CardKey(Decision decision) => $"decision:{decision.Id:N}:card";

    public static ConversationAddress Channel(Workspace workspace, Collaboration collaboration) =>
        new(workspace.Platform, workspace.ExternalId, collaboration.ChannelId);

    public static OutboxEntry Proposal(Workspace workspace, Collaboration collaboration, Decision decision) => new()
    {
        To = Channel(workspace, collaboration),
        Visibility = Visibility.Channel,
        Message = new OutboundMessage(
            $"{MemberNames.Of(collaboration, decision.ProposedBy)} proposes: {decision.Text} (proposal {decision.Number})",
            DecisionCard.For(decision, collaboration)),
        IdempotencyKey = CardKey(decision),
    };

    /// <summary>The card again with the new tally, replacing the first version in place.</summary>
    public static OutboxEntry Tally(Workspace workspace, Collaboration collaboration, Decision decision, long? firstVersionId) => new()
    {
        To = Channel(workspace, collaboration),
        Visibility = Visibility.Channel,
        Message = new OutboundMessage($"Proposal {decision.Number}: {TallyText(decision, collaboration)}", DecisionCard.For(decision, collaboration)),
        IdempotencyKey = $"decision:{decision.Id:N}:v{decision.Revision}",
        UpdatesMessageId = firstVersionId,
    };

    /// <summary>
    /// The outcome (issue 28, point 2): what was decided with the tally, the turnout (and the quorum, if any), then the
    /// blocks and reservations with their reasons, by name, since the decision is the team's.
    /// </summary>
    public static OutboxEntry Outcome(Workspace workspace, Collaboration collaboration, Decision decision)
    {
        var memberIds = collaboration.Members.Select(m => m.Id).ToList();
        var counted = decision.CountedPositions(memberIds.ToHashSet());
        var turnout = decision.Turnout(memberIds);
        var lines = new List<string>
        {
            $"Proposal {decision.Number} is {DecisionCard.Outcome(decision)}: {decision.Text} ({TallyText(decision, collaboration)}).",
            $"Turnout: {DecisionCard.TurnoutText(turnout)}."
                + (turnout.NotYet.Count > 0 ? $" No position from {DecisionCard.Names(collaboration, turnout.NotYet)}." : ""),
        };
        lines.AddRange(counted.Where(p => p.Stance == Stance.Block)
            .Select(p => $"• Block by {MemberNames.Of(collaboration, p.MemberId)}: {p.Reason}"));
        lines.AddRange(counted.Where(p => p.Stance == Stance.AgreeWithReservations)
            .Select(p => $"• Reservation by {MemberNames.Of(collaboration, p.MemberId)}: {p.Reason ?? "(no reason given)"}"));
        lines.AddRange(counted.Where(p => p.KeptAsReservation)
            .Select(p => $"• Disagreement by {MemberNames.Of(collaboration, p.MemberId)} (citizen or end user), kept like a reservation: {p.Reason ?? "(no reason given)"}"));
        if (decision.Outcome == DecisionOutcome.ProvisionallyAgreed && counted.Any(p => p.IsOpenReservation))
        {
            lines.Add($"The reservations are kept and come back in {Words.Count((int)(Decision.ReservationReview.TotalDays / 7), "week")}; their holders can `resolve {decision.Number}` sooner.");
        }

        if (decision.Outcome == DecisionOutcome.NoQuorum)
        {
            lines.Add("Nothing was decided; it can be proposed again.");
        }

        return new OutboxEntry
        {
            To = Channel(workspace, collaboration),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(string.Join("\n", lines)),
            IdempotencyKey = $"decision:{decision.Id:N}:outcome",
        };
    }

    /// <summary>
    /// The one private reminder (issue 28, point 2) to a member who has not taken a position. Text only: a vote counts
    /// in the team's channel, where the card is.
    /// </summary>
    public static OutboxEntry Reminder(Workspace workspace, Collaboration collaboration, Decision decision, Member member, DateTimeOffset notBefore)
    {
        var zone = TimeZones.TryResolve(member.TimeZoneId ?? collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        return new OutboxEntry
        {
            To = Channel(workspace, collaboration),
            Visibility = Visibility.Direct,
            RecipientUserId = member.PlatformUserId,
            Message = new OutboundMessage(
                $"Proposal {decision.Number} in {collaboration.Name} closes on {DecisionCard.Local(decision.ClosesAt, zone)} and you have not taken a position yet: "
                + $"{decision.Text}. Use its card in the channel, or type `vote {decision.Number} agree|reservations|disagree|block|abstain [reason]` there."),
            IdempotencyKey = $"decision:{decision.Id:N}:remind:{member.Id:N}",
            Unsolicited = true,
            NotBefore = notBefore,
        };
    }

    public static OutboxEntry ReservationBack(Workspace workspace, Collaboration collaboration, Decision decision, Position position) => new()
    {
        To = Channel(workspace, collaboration),
        Visibility = Visibility.Channel,
        Message = new OutboundMessage(
            $"Four weeks ago the team provisionally agreed proposal {decision.Number}: {decision.Text}. "
            + $"{Words.Possessive(MemberNames.Of(collaboration, position.MemberId))} {(position.KeptAsReservation ? "disagreement" : "reservation")} still stands: {position.Reason ?? "(no reason given)"}. "
            + $"Does it still hold? When it is settled, {MemberNames.Of(collaboration, position.MemberId)} can `resolve {decision.Number}`."),
        IdempotencyKey = $"decision:{decision.Id:N}:reservation:{position.Id:N}:back",
    };

    public static string TallyText(Decision decision, Collaboration collaboration)
    {
        var counted = decision.CountedPositions(collaboration.Members.Select(m => m.Id).ToHashSet());
        return string.Join(", ", Enum.GetValues<Stance>().Select(s => $"{counted.Count(p => p.Stance == s)} {StanceNames.Display(s)}"));
    }
}

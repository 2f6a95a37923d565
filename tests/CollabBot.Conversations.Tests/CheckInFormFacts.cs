using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;

namespace CollabBot.Conversations.Tests;

public sealed class CheckInFormFacts
{
    private static InboundTurn Click(string? actionId, Dictionary<string, string> values) => new()
    {
        Where = new ConversationAddress(Platform.Teams, "T1", "C1"),
        Who = new MemberRef("U1", "Ana"),
        Kind = TurnKind.CardAction,
        ActionId = actionId,
        Values = values,
        DedupKey = "action:1",
    };

    [Fact]
    public void A_submitted_card_is_read_by_its_named_fields()
    {
        var occurrence = Guid.NewGuid();
        var turn = Click(CheckInForm.SubmitActionId, new()
        {
            [CheckInForm.Occurrence] = occurrence.ToString("N"),
            [CheckInForm.Win] = "survey sent",
            [CheckInForm.Rating] = "4",
            [CheckInForm.Dimension] = "capacity",
            [CheckInForm.Obstacle] = "no budget",
        });

        Assert.True(CheckInForm.IsSubmission(turn));
        Assert.Equal(new CheckInSubmission(occurrence, "survey sent", 4, ValueDimension.CapacityBuilt, "no budget"), CheckInSubmission.Read(turn.Values));
    }

    [Fact]
    public void What_is_missing_or_malformed_reads_as_nothing()
    {
        Assert.Equal(
            new CheckInSubmission(null, "", 0, null, null),
            CheckInSubmission.Read(new Dictionary<string, string> { [CheckInForm.Occurrence] = "abc", [CheckInForm.Rating] = "-4", [CheckInForm.Dimension] = "joy" }));
    }

    [Fact]
    public void A_card_sent_before_the_button_had_its_own_id_is_still_a_submission_and_other_buttons_are_not()
    {
        Assert.True(CheckInForm.IsSubmission(Click("submit", new() { ["command"] = "checkin answer {occurrence}", [CheckInForm.Occurrence] = "x" })));
        Assert.False(CheckInForm.IsSubmission(Click("submit", new() { ["command"] = "join as {sector}" })));
        Assert.False(CheckInForm.IsSubmission(Click("celebrate-yes", new() { ["command"] = "celebrate yes" })));
        Assert.False(CheckInForm.IsSubmission(Click(CheckInForm.SubmitActionId, new()) with { Kind = TurnKind.Command }));
    }
}

using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.ValueChains;

namespace CollabBot.Conversations.Tests;

/// <summary>Issue 27, items 3 and 4: how `win ... for milestone n`, `offer ... for @member` and the keep/change field are read.</summary>
public sealed class ValueLoopTextFacts
{
    [Theory]
    [InlineData("ten homes done for milestone 2", "ten homes done", 2)]
    [InlineData("ten homes done for Milestone #3.", "ten homes done", 3)]
    [InlineData("a plan for milestones to come", "a plan for milestones to come", null)]
    [InlineData("for milestone 2 we met", "for milestone 2 we met", null)]
    public void A_win_names_its_milestone_only_at_its_end(string arguments, string text, int? milestone) =>
        Assert.Equal((text, milestone), WinCommand.Split(arguments));

    [Theory]
    [InlineData("the city's energy data for @Ben", "the city's energy data", "@Ben")]
    [InlineData("training for tenants for <@U123>", "training for tenants", "<@U123>")]
    [InlineData("training for tenants", "training for tenants", null)]
    public void An_offer_is_for_the_member_named_last(string arguments, string text, string? forWhom) =>
        Assert.Equal((text, forWhom), OfferCommand.Split(arguments));

    [Theory]
    [InlineData("keep", true)]
    [InlineData("change", false)]
    [InlineData("", null)]
    [InlineData("maybe", null)]
    public void The_commitment_field_reads_keep_or_change(string value, bool? holds) =>
        Assert.Equal(holds, CheckInSubmission.Read(new Dictionary<string, string> { [CheckInForm.Commitment] = value }).CommitmentHolds);
}

using CollabBot.Domain.Catalysts;

namespace CollabBot.Domain.Tests;

public sealed class CatalystRoutingFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday.AddDays(60);

    private static Intervention Posted(int daysAgo, bool? responded)
    {
        var intervention = new Intervention(Guid.NewGuid(), CatalystRule.Urgency, "Ideate at day 30 of 21 planned", "What would we regret?", Now.AddDays(-daysAgo));
        if (responded is { } r)
        {
            intervention.RecordResponse(r);
        }

        return intervention;
    }

    [Fact]
    public void Two_unanswered_channel_posts_send_the_next_one_privately_to_the_leaders() =>
        Assert.Equal(CatalystRoute.Private, CatalystRouting.Decide([Posted(7, false), Posted(14, false)], Now.AddDays(-20), hasCatalyst: false));

    [Fact]
    public void Anyone_taking_part_since_the_last_post_brings_interventions_back_to_the_channel() =>
        Assert.Equal(CatalystRoute.Channel, CatalystRouting.Decide([Posted(7, false), Posted(14, false)], Now.AddDays(-3), hasCatalyst: false));

    [Theory]
    [InlineData(false, true)]
    [InlineData(null, false)]
    public void One_unanswered_post_or_one_not_yet_measured_is_not_enough(bool? latest, bool? earlier) =>
        Assert.Equal(CatalystRoute.Channel, CatalystRouting.Decide([Posted(7, latest), Posted(14, earlier)], null, hasCatalyst: false));

    [Fact]
    public void A_team_with_a_catalyst_gets_the_suggestion_through_them_first()
    {
        Assert.Equal(CatalystRoute.Suggested, CatalystRouting.Decide([], null, hasCatalyst: true));
        Assert.Equal(CatalystRoute.Private, CatalystRouting.Decide([Posted(7, false), Posted(14, false)], null, hasCatalyst: true));
    }
}

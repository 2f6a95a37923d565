using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Tests;

public sealed class MemberMentionFacts
{
    private static readonly Collaboration Team = MakeTeam();

    [Theory]
    [InlineData("<@U123> facilitator", "U123", "facilitator")]
    [InlineData("<@U123|ben> facilitator,catalyst", "U123", "facilitator,catalyst")]
    [InlineData("@ben-id facilitator", "ben-id", "facilitator")]
    [InlineData("@Ana Lopez catalyst", "ana-id", "catalyst")]
    [InlineData("@ana catalyst", "ana2-id", "catalyst")]
    [InlineData("@ben", "ben-id", "")]
    [InlineData("@Ana Lopez", "ana-id", "")]
    public void A_member_is_named_as_the_platform_does_or_by_id_or_display_name(string arguments, string userId, string rest)
    {
        var resolved = MemberMention.Resolve(arguments, Team, []);

        Assert.NotNull(resolved);
        Assert.Equal((userId, rest), (resolved.UserId, resolved.Rest));
    }

    [Fact]
    public void A_platform_mention_of_someone_not_yet_in_the_team_takes_the_name_the_platform_gave()
    {
        var resolved = MemberMention.Resolve("<@U999> sponsor", Team, [new MemberRef("U999", "Zoe")]);

        Assert.Equal("Zoe", resolved?.DisplayName);
    }

    [Theory]
    [InlineData("facilitator")]
    [InlineData("@nobody facilitator")]
    public void No_mention_resolves_to_nothing(string arguments) => Assert.Null(MemberMention.Resolve(arguments, Team, []));

    private static Collaboration MakeTeam()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var team = Collaboration.Start(Guid.NewGuid(), "C1", "Warm Homes", "UTC", "ana-id", "Ana Lopez", now);
        team.Join("ana2-id", "Ana", now);
        team.Join("ben-id", "Ben", now);
        team.Join("U123", "Ben Slack", now);
        return team;
    }
}

using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class IdeaFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void An_idea_keeps_its_author_and_the_sector_they_spoke_for_and_the_phase()
    {
        var (team, ben) = Team();

        var idea = Idea.Post(team.Id, 1, "  A repair café every month  ", ben, Phase.Ideate, _clock.GetUtcNow());

        Assert.Equal(("A repair café every month", ben.Id, Sector.Citizen, Phase.Ideate), (idea.Text, idea.AuthorId, idea.Sector, idea.Phase));
        Assert.Equal(new IdeaOrigin(ben.Id, Sector.Citizen), idea.Origin);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_idea_is_refused(string? text) =>
        Assert.Throws<DomainRuleViolation>(() => Idea.Post(Guid.NewGuid(), 1, text!, Team().Ben, Phase.Ideate, _clock.GetUtcNow()));

    [Fact]
    public void An_idea_of_501_characters_is_refused_and_one_of_500_is_kept()
    {
        var ben = Team().Ben;

        Assert.Contains("501 characters", Assert.Throws<DomainRuleViolation>(() => Idea.Post(Guid.NewGuid(), 1, new string('a', 501), ben, Phase.Ideate, _clock.GetUtcNow())).Message);
        Assert.Equal(500, Idea.Post(Guid.NewGuid(), 1, new string('a', 500), ben, Phase.Ideate, _clock.GetUtcNow()).Text.Length);
    }

    [Fact]
    public void Support_comes_from_others_once_each()
    {
        var (team, ben) = Team();
        var idea = Idea.Post(team.Id, 1, "Repair café", ben, Phase.Ideate, _clock.GetUtcNow());
        var chloe = team.FindMember("U-chloe")!.Id;

        idea.SupportBy(chloe);

        Assert.Contains("your own", Assert.Throws<DomainRuleViolation>(() => idea.SupportBy(ben.Id)).Message);
        Assert.Contains("already support", Assert.Throws<DomainRuleViolation>(() => idea.SupportBy(chloe)).Message);
        Assert.Equal(1, idea.Support);
    }

    [Fact]
    public void Tags_are_one_lower_case_word_each_kept_once_and_at_most_eight()
    {
        var (team, ben) = Team();
        var idea = Idea.Post(team.Id, 1, "Repair café", ben, Phase.Ideate, _clock.GetUtcNow());

        Assert.Equal(["quick-win", "heating"], idea.Tag(["#Quick-win, heating", "HEATING"]));
        Assert.Equal(["tenants"], idea.Tag(["heating tenants"]));
        Assert.Throws<DomainRuleViolation>(() => idea.Tag(["no/slashes"]));
        Assert.Throws<DomainRuleViolation>(() => idea.Tag([new string('a', 31)]));
        Assert.Throws<DomainRuleViolation>(() => idea.Tag(["#", " , "]));
        Assert.Throws<DomainRuleViolation>(() => idea.Tag(["a b c d e f"]));
        Assert.Equal(["quick-win", "heating", "tenants"], idea.Tags);
    }

    [Fact]
    public void An_idea_is_promoted_once()
    {
        var (team, ben) = Team();
        var idea = Idea.Post(team.Id, 4, "Repair café", ben, Phase.Ideate, _clock.GetUtcNow());

        idea.Promote(2);

        Assert.Contains("already proposal 2", Assert.Throws<DomainRuleViolation>(() => idea.Promote(3)).Message);
        Assert.Equal(2, idea.ProposalNumber);
    }

    [Fact]
    public void A_forgotten_member_is_no_longer_named_but_their_sector_and_support_still_count()
    {
        var (team, ben) = Team();
        var chloe = team.FindMember("U-chloe")!.Id;
        var bens = Idea.Post(team.Id, 1, "Repair café", ben, Phase.Ideate, _clock.GetUtcNow());
        var chloes = Idea.Post(team.Id, 2, "Heat pumps", team.FindMember("U-chloe")!, Phase.Ideate, _clock.GetUtcNow());
        chloes.SupportBy(ben.Id);

        bens.Forget(ben.Id);
        chloes.Forget(ben.Id);

        Assert.Equal((null, Sector.Citizen), (bens.AuthorId, bens.Sector));
        Assert.Empty(chloes.SupportedBy);
        Assert.Equal(1, chloes.Support);
        Assert.Equal(chloe, chloes.AuthorId);
    }

    private (Collaboration Team, Member Ben) Team()
    {
        var team = Builders.Collaboration(_clock);
        var ben = team.AddMember("U-ben", Sector.Citizen, _clock);
        team.AddMember("U-chloe", Sector.PrivateBusiness, _clock);
        return (team, ben);
    }
}

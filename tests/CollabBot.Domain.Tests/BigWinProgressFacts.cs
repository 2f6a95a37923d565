using CollabBot.Domain.ValueChains;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 4: milestones under the goal, and small wins counted toward them.</summary>
public sealed class BigWinProgressFacts
{
    [Fact]
    public void A_milestone_needs_the_big_win_first()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);

        var refused = Assert.Throws<DomainRuleViolation>(() => Milestone.Under(team, [], "50 homes insulated", clock.GetUtcNow()));

        Assert.Contains("set the big win first", refused.Message);
        team.SetBigWin("Every home warm by 2030");
        Assert.Equal(1, Milestone.Under(team, [], "50 homes insulated", clock.GetUtcNow()).Number);
    }

    [Fact]
    public void Milestones_are_numbered_after_the_highest_and_stop_at_the_most_a_card_shows()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        team.SetBigWin("Every home warm by 2030");
        var milestones = new List<Milestone>();
        for (var i = 0; i < Milestone.MaxPerCollaboration; i++)
        {
            milestones.Add(Milestone.Under(team, milestones, $"step {i + 1}", clock.GetUtcNow()));
        }

        Assert.Equal(Enumerable.Range(1, Milestone.MaxPerCollaboration), milestones.Select(m => m.Number));
        Assert.Throws<DomainRuleViolation>(() => Milestone.Under(team, milestones, "one too many", clock.GetUtcNow()));
    }

    [Fact]
    public void A_win_counts_only_toward_the_milestone_it_was_tied_to()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        team.SetBigWin("Every home warm by 2030");
        var insulated = Milestone.Under(team, [], "50 homes insulated", clock.GetUtcNow());
        var funded = Milestone.Under(team, [insulated], "pilot funded", clock.GetUtcNow());
        var ana = team.Convener();
        var wins = new[] { "survey out", "ten homes done", "five more homes" }.Select(t => new SmallWin(team.Id, ana.Id, t, clock.GetUtcNow(), null)).ToList();
        wins[1].TieTo(insulated);
        wins[2].TieTo(insulated);

        var progress = BigWinProgress.Of([funded, insulated], wins);

        Assert.Equal([(1, 2), (2, 0)], progress.Milestones.Select(m => (m.Milestone.Number, m.Wins)));
        Assert.Equal(1, progress.UntiedWins);
        Assert.Equal("1 of 2 milestones with wins: 1. 50 homes insulated (2 wins); 2. pilot funded (0 wins); 1 other win", progress.Describe());
    }

    [Fact]
    public void A_win_cannot_be_tied_to_another_teams_milestone()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var other = Builders.Collaboration(clock);
        other.SetBigWin("Safe streets");
        var theirs = Milestone.Under(other, [], "crossing rebuilt", clock.GetUtcNow());
        var win = new SmallWin(team.Id, team.Convener().Id, "survey out", clock.GetUtcNow(), null);

        Assert.Throws<DomainRuleViolation>(() => win.TieTo(theirs));
        Assert.Null(win.MilestoneId);
    }

    [Fact]
    public void Long_milestone_texts_are_shortened_in_the_progress_line()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        team.SetBigWin("Every home warm by 2030");
        var long1 = Milestone.Under(team, [], new string('x', Milestone.MaxTextLength), clock.GetUtcNow());

        var line = BigWinProgress.Of([long1], []).Describe();

        Assert.Contains(new string('x', BigWinProgress.ShownTextLength - 1) + "…", line);
        Assert.DoesNotContain(new string('x', BigWinProgress.ShownTextLength), line);
    }
}

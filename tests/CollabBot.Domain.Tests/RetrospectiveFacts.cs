using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Retrospectives;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 6: the look back at a phase end is open for three days, then summarised without names.</summary>
public sealed class RetrospectiveFacts
{
    [Fact]
    public void Answers_are_taken_until_the_window_closes_and_refused_at_its_edge()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var retro = Retrospective.Open(team, Phase.Understand, clock.GetUtcNow());

        clock.Advance(Retrospective.AnswerWindow - TimeSpan.FromMinutes(1));
        var answer = new RetrospectiveAnswer(retro, team.Convener().Id, "tenants fear costs; yes, it is about trust; the kitchen-table talks", clock.GetUtcNow());
        Assert.False(retro.IsDue(clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(retro.IsDue(clock.GetUtcNow()));
        Assert.Throws<DomainRuleViolation>(() => new RetrospectiveAnswer(retro, Guid.NewGuid(), "late", clock.GetUtcNow()));
        Assert.Throws<DomainRuleViolation>(() => answer.Change(retro, "changed my mind", clock.GetUtcNow()));
        Assert.Equal("tenants fear costs", answer.Learned);
    }

    [Fact]
    public void The_summary_names_nobody_orders_alphabetically_and_keeps_a_repeated_answer_once()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var retro = Retrospective.Open(team, Phase.Ideate, clock.GetUtcNow());
        var answers = new[]
        {
            new RetrospectiveAnswer(retro, Guid.NewGuid(), "tenants trust the NGO; ; weekly calls", clock.GetUtcNow()),
            new RetrospectiveAnswer(retro, Guid.NewGuid(), "Heat pumps are noisy; it is about comfort, not cost; weekly calls", clock.GetUtcNow()),
        };

        var summary = RetrospectiveSummary.Of(retro, answers);

        Assert.Equal(
            "Looking back on Ideate (2 answers):\nWhat we learned: Heat pumps are noisy; tenants trust the NGO\n"
            + "How our view of the problem changed: it is about comfort, not cost\nWhat we keep doing: weekly calls",
            summary.Text);
    }

    [Fact]
    public void Closing_keeps_the_summary_once_and_an_empty_one_says_nobody_answered()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var retro = Retrospective.Open(team, Phase.Test, clock.GetUtcNow());
        clock.Advance(Retrospective.AnswerWindow);

        retro.Close(RetrospectiveSummary.Of(retro, []), clock.GetUtcNow());
        retro.Close(new RetrospectiveSummary("later", 3), clock.GetUtcNow());

        Assert.Equal(("Nobody looked back on Test.", 0), (retro.Summary, retro.AnswerCount));
        Assert.False(retro.IsDue(clock.GetUtcNow()));
    }

    [Fact]
    public void An_answer_needs_what_we_learned()
    {
        var clock = Builders.Clock();
        var team = Builders.Collaboration(clock);
        var retro = Retrospective.Open(team, Phase.Understand, clock.GetUtcNow());

        Assert.Throws<DomainRuleViolation>(() => new RetrospectiveAnswer(retro, Guid.NewGuid(), " ; only the view changed", clock.GetUtcNow()));
    }
}

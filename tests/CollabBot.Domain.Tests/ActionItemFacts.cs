using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 28, point 4: an owner, a due date, one reminder before it, overdue after it.</summary>
public sealed class ActionItemFacts
{
    private static readonly DateOnly Monday = DateOnly.FromDateTime(Builders.Monday.DateTime);
    private static readonly DateTimeOffset At = Builders.Monday;
    private static readonly Guid Ana = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();

    [Fact]
    public void The_owner_is_reminded_on_the_day_before_the_due_date_and_once()
    {
        var action = Due(Monday.AddDays(4)); // Friday, noted on Monday

        Assert.False(action.IsReminderDue(Monday.AddDays(2)));
        Assert.True(action.IsReminderDue(Monday.AddDays(3)));
        action.MarkReminded(At.AddDays(3));

        Assert.False(action.IsReminderDue(Monday.AddDays(3)));
        Assert.False(action.IsReminderDue(Monday.AddDays(4)));
    }

    [Fact]
    public void A_reminder_missed_on_the_day_before_goes_on_the_due_day_and_never_once_it_is_overdue()
    {
        var action = Due(Monday.AddDays(4));

        Assert.True(action.IsReminderDue(Monday.AddDays(4)));
        Assert.False(action.IsReminderDue(Monday.AddDays(5)));
        Assert.True(action.IsOverdue(Monday.AddDays(5)));
        Assert.False(action.IsOverdue(Monday.AddDays(4)));
    }

    [Theory]
    [InlineData(0)] // due today
    [InlineData(1)] // due tomorrow: taken on the day before
    public void An_owner_who_takes_it_on_the_day_before_or_later_gets_no_reminder(int dueInDays)
    {
        var action = Due(Monday.AddDays(dueInDays));

        Assert.All(Enumerable.Range(0, 3), day => Assert.False(action.IsReminderDue(Monday.AddDays(day))));
    }

    [Fact]
    public void No_owner_no_due_date_or_done_means_no_reminder_and_nothing_overdue()
    {
        var unowned = ActionItem.Note(Guid.NewGuid(), 1, "Book a room", Ana, null, Monday.AddDays(4), Phase.Implement, Monday, At);
        var undated = ActionItem.Note(Guid.NewGuid(), 2, "Book a room", Ana, Ben, null, Phase.Implement, Monday, At);
        var done = Due(Monday.AddDays(4));
        done.MarkDone(At.AddDays(1));

        Assert.False(unowned.IsReminderDue(Monday.AddDays(3)));
        Assert.False(undated.IsReminderDue(Monday.AddDays(3)) || undated.IsOverdue(Monday.AddYears(1)));
        Assert.False(done.IsReminderDue(Monday.AddDays(3)) || done.IsOverdue(Monday.AddDays(9)));
        Assert.Contains("done already", Assert.Throws<DomainRuleViolation>(() => done.MarkDone(At.AddDays(2))).Message);
    }

    [Fact]
    public void A_new_owner_or_due_date_starts_the_reminder_afresh()
    {
        var action = Due(Monday.AddDays(4));
        action.MarkReminded(At.AddDays(3));

        action.Assign(Ana, Monday.AddDays(9), Monday.AddDays(3));

        Assert.Equal((Ana, Monday.AddDays(9)), (action.OwnerId, action.DueOn));
        Assert.True(action.IsReminderDue(Monday.AddDays(8)));
    }

    [Fact]
    public void A_due_date_in_the_past_or_more_than_two_years_ahead_is_refused()
    {
        Assert.Contains("has passed", Assert.Throws<DomainRuleViolation>(() => Due(Monday.AddDays(-1))).Message);
        Assert.Contains("two years", Assert.Throws<DomainRuleViolation>(() => Due(Monday.AddDays(731))).Message);
        Assert.Equal(Monday.AddDays(730), Due(Monday.AddDays(730)).DueOn);
        Assert.Throws<DomainRuleViolation>(() => ActionItem.Note(Guid.NewGuid(), 1, " ", Ana, Ben, null, Phase.Implement, Monday, At));
    }

    [Fact]
    public void A_forgotten_owner_leaves_the_action_to_nobody()
    {
        var action = Due(Monday.AddDays(4));

        action.Forget(Ben);
        action.Forget(Ana);

        Assert.Equal((null, null), (action.OwnerId, action.CreatedBy));
        Assert.False(action.IsReminderDue(Monday.AddDays(3)));
    }

    private static ActionItem Due(DateOnly due) =>
        ActionItem.Note(Guid.NewGuid(), 7, "Ask the housing board for the survey", Ana, Ben, due, Phase.Implement, Monday, At);
}

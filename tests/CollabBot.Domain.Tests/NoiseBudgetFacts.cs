using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Noise;

namespace CollabBot.Domain.Tests;

public sealed class NoiseBudgetFacts
{
    private static readonly DateTimeOffset Monday = Builders.Monday;

    [Fact]
    public void A_fourth_private_message_in_seven_days_waits_until_the_oldest_is_a_week_old()
    {
        List<DateTimeOffset> due = [Monday, Monday.AddDays(2), Monday.AddDays(4)];

        Assert.Equal(Monday.AddDays(1), NoiseBudget.EarliestPrivate(due.Take(2).ToList(), Monday.AddDays(1), 3));
        Assert.Equal(Monday.AddDays(7).AddSeconds(1), NoiseBudget.EarliestPrivate(due, Monday.AddDays(5), 3));
        Assert.Equal(Monday.AddDays(8), NoiseBudget.EarliestPrivate(due, Monday.AddDays(8), 3));
    }

    [Fact]
    public void Messages_already_deferred_are_counted_where_they_fall()
    {
        // Three are already due next week: a fourth then waits until the first of them is a week old.
        List<DateTimeOffset> due = [Monday.AddDays(7), Monday.AddDays(8), Monday.AddDays(9)];

        Assert.Equal(Monday.AddDays(9), NoiseBudget.EarliestPrivate(due, Monday.AddDays(9), 4));
        Assert.Equal(Monday.AddDays(14).AddSeconds(1), NoiseBudget.EarliestPrivate(due, Monday.AddDays(9), 3));
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void The_channel_has_room_below_its_weekly_budget(int posts, bool room) => Assert.Equal(room, NoiseBudget.ChannelHasRoom(posts, 10));

    [Fact]
    public void What_a_phase_lacks_is_said_at_most_once_in_two_weeks()
    {
        Assert.True(NoiseBudget.PhaseLacksDue(null, Monday));
        Assert.False(NoiseBudget.PhaseLacksDue(Monday, Monday.AddDays(13.9)));
        Assert.True(NoiseBudget.PhaseLacksDue(Monday, Monday.AddDays(14)));
    }
}

public sealed class CheckInCadenceFacts
{
    private static List<DateTime> Every(TimeSpan gap, int count) =>
        Enumerable.Range(1, count).Select(i => new DateTime(2026, 12, 14, 9, 0, 0).Add(gap * i)).ToList();

    [Fact]
    public void A_per_minute_schedule_is_refused_with_the_reason()
    {
        var refusal = CheckInCadence.Refusal(Every(TimeSpan.FromMinutes(1), 100));

        Assert.StartsWith("Check-ins run at most once a day, and that schedule would run every minute (e.g. 09:01 and 09:02 on Mon 14 Dec).", refusal);
    }

    [Fact]
    public void Twice_a_day_is_refused_and_says_how_far_apart()
    {
        var refusal = CheckInCadence.Refusal([new DateTime(2026, 12, 14, 9, 0, 0), new DateTime(2026, 12, 14, 17, 0, 0), new DateTime(2026, 12, 21, 9, 0, 0)]);

        Assert.Contains("twice or more a day, 8 hours apart", refusal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Once_a_day_or_less_is_fine(int days) => Assert.Null(CheckInCadence.Refusal(Every(TimeSpan.FromDays(days), 20)));

    [Fact]
    public void A_schedule_that_never_comes_round_is_refused() => Assert.StartsWith("That schedule never comes round.", CheckInCadence.Refusal([]));
}

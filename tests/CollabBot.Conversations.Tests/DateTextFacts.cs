using CollabBot.Conversations.CheckIns;

namespace CollabBot.Conversations.Tests;

public sealed class DateTextFacts
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("2027-02-30", "2027-02-30 is not a date: February 2027 has 28 days.")]
    [InlineData("2028-02-30", "2028-02-30 is not a date: February 2028 has 29 days.")]
    [InlineData("2026-04-31", "2026-04-31 is not a date: April 2026 has 30 days.")]
    [InlineData("2027-13-01", "2027-13-01 is not a date: a year has 12 months.")]
    [InlineData("2020-01-01", "2020-01-01 is in the past; choose today (2026-12-07) or a later day.")]
    [InlineData("2026-12-06", "2026-12-06 is in the past; choose today (2026-12-07) or a later day.")]
    public void An_impossible_or_past_date_is_named_as_such(string text, string problem) =>
        Assert.Equal((null, problem), DateText.ReadFuture(text, Today));

    [Theory]
    [InlineData("2026-12-07")]
    [InlineData(" 2027-01-05 ")]
    public void Today_and_later_are_taken(string text) =>
        Assert.Equal((DateOnly.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture), null), DateText.ReadFuture(text, Today));

    [Theory]
    [InlineData("next monday")]
    [InlineData("24/12/2026")]
    [InlineData("")]
    public void Another_shape_leaves_the_caller_to_say_how_dates_are_written(string text) =>
        Assert.Equal((null, null), DateText.ReadFuture(text, Today));
}

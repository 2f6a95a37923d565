using CollabBot.Domain.ValueChains;

namespace CollabBot.Domain.Tests;

public sealed class CommitmentTrendFacts
{
    private static List<CheckInPoint> Ratings(params int?[] ratings) =>
        ratings.Select((r, i) => new CheckInPoint(Builders.Monday.AddDays(7 * i), r)).ToList();

    [Fact]
    public void One_rating_is_not_enough_to_tell() => Assert.Equal(Trend.Steady, CommitmentTrend.Evaluate(Ratings(1)));

    [Fact]
    public void Two_missed_check_ins_in_a_row_are_weakening() => Assert.Equal(Trend.Weakening, CommitmentTrend.Evaluate(Ratings(4, 5, null, null)));

    [Fact]
    public void One_missed_check_in_alone_is_not_weakening() => Assert.Equal(Trend.Steady, CommitmentTrend.Evaluate(Ratings(3, 3, null, 3)));

    [Theory]
    [InlineData(new[] { 5, 4 }, Trend.Consolidating)] // one lower rating is no drop: both are 4 or more
    [InlineData(new[] { 5, 5, 5, 4 }, Trend.Consolidating)]
    [InlineData(new[] { 4, 4, 3, 3 }, Trend.Steady)] // a drop of 1: not sustained enough
    [InlineData(new[] { 4, 4, 4, 3, 2 }, Trend.Steady)] // only the last is 1.5 below the mean of 4
    [InlineData(new[] { 4, 4, 4, 2, 2 }, Trend.Weakening)] // both 2 or more below 4
    [InlineData(new[] { 4, 5, 3, 3 }, Trend.Weakening)] // both exactly 1.5 below 4.5
    [InlineData(new[] { 3, 2 }, Trend.Steady)] // no earlier ratings of their own to compare with
    [InlineData(new[] { 2, 2, 3, 3 }, Trend.Consolidating)] // both 1 above their mean
    [InlineData(new[] { 3, 3, 3, 3 }, Trend.Steady)]
    public void Weakening_needs_a_sustained_drop_against_the_member_s_own_ratings(int[] ratings, Trend expected) =>
        Assert.Equal(expected, CommitmentTrend.Evaluate(Ratings(ratings.Select(r => (int?)r).ToArray())));

    [Fact]
    public void The_evidence_names_the_last_two_ratings_against_the_member_s_own_average()
    {
        Assert.Equal("rated 2 and 2 after an average of 4.3", CommitmentTrend.Describe(Ratings(4, 5, 4, 2, 2)));
        Assert.Equal("missed the last two check-ins", CommitmentTrend.Describe(Ratings(4, null, null)));
    }
}

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
    [InlineData(new[] { 4, 4, 3, 3 }, Trend.Weakening)] // a drop of exactly 1 point
    [InlineData(new[] { 4, 4, 4, 3 }, Trend.Steady)] // a drop of half a point
    [InlineData(new[] { 3, 2 }, Trend.Weakening)] // 2 or less after 3 or more
    [InlineData(new[] { 2, 3, 3, 4 }, Trend.Consolidating)] // a rise of exactly 1 point
    [InlineData(new[] { 4, 4 }, Trend.Steady)] // only one earlier rating to compare with
    [InlineData(new[] { 3, 4, 4 }, Trend.Consolidating)] // the last two both 4 or more
    [InlineData(new[] { 5, 5, 5, 5 }, Trend.Consolidating)]
    [InlineData(new[] { 3, 3, 3, 3 }, Trend.Steady)]
    public void Ratings_move_the_trend_at_the_documented_edges(int[] ratings, Trend expected) =>
        Assert.Equal(expected, CommitmentTrend.Evaluate(Ratings(ratings.Select(r => (int?)r).ToArray())));

    [Fact]
    public void Only_the_last_five_points_matter_to_the_caller_but_the_rule_reads_all_it_is_given() =>
        Assert.Equal(Trend.Weakening, CommitmentTrend.Evaluate(Ratings(1, 1, 1, 5, 5, 5, 3, 2)));
}

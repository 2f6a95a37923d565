using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Participation;
using CollabBot.Host.Digests;

namespace CollabBot.Host.Tests;

/// <summary>The digest chart counts weeks from the team's start, ends each on the digest's day, and reads as a chart should.</summary>
public sealed class DigestChartFacts
{
    // A Friday digest.
    private static readonly DateTimeOffset Digest = new(2026, 12, 11, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weeks_are_counted_from_the_start_and_end_on_the_digest_day()
    {
        var windows = ActivityWindows.At(Digest, FadeSettings.Default);

        var chart = DigestComposer.Chart("Warm Homes", Digest.AddDays(-10), windows, [0, 0, 0, 0, 0, 0, 3, 5], [0, 0, 0, 0, 0, 0, 1, 2]);

        Assert.Equal(["week 1\n4 Dec", "week 2\n11 Dec"], chart.WeekLabels);
        Assert.Equal([3, 5], chart.Signals);
        Assert.Equal([1, 2], chart.Wins);
        Assert.Equal("Friday", chart.WeekEndsOn);
    }

    [Fact]
    public void An_older_team_shows_its_last_eight_weeks_numbered_from_its_start()
    {
        var windows = ActivityWindows.At(Digest, FadeSettings.Default);

        var chart = DigestComposer.Chart("Warm Homes", Digest.AddDays(-100), windows, [1, 2, 3, 4, 5, 6, 7, 8], [0, 0, 1, 0, 0, 1, 0, 1]);

        Assert.Equal(8, chart.WeekLabels.Count);
        Assert.Equal("week 8\n23 Oct", chart.WeekLabels[0]);
        Assert.Equal("week 15\n11 Dec", chart.WeekLabels[^1]);
    }

    [Fact]
    public void The_chart_has_whole_number_ticks_labelled_axes_a_legend_and_twice_the_pixels()
    {
        var chart = new DigestChart("Warm Homes: contributions and small wins per week", ["week 1\n4 Dec", "week 2\n11 Dec"], [3, 1], [1, 0], "Friday");

        var plot = ScottPlotChartRenderer.Plot(chart);
        var png = new ScottPlotChartRenderer().WeeklyParticipation(chart);
        plot.GetImageBytes(ScottPlotChartRenderer.Width, ScottPlotChartRenderer.Height, ScottPlot.ImageFormat.Png);

        var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).ToList();
        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.Equal(Math.Round(t.Position), t.Position));
        Assert.Equal("weeks since the team started (each ends on a Friday)", plot.Axes.Bottom.Label.Text);
        Assert.Equal("per week", plot.Axes.Left.Label.Text);
        Assert.True(plot.Legend.IsVisible);
        Assert.Equal((1440, 720), (BigEndian(png, 16), BigEndian(png, 20)));
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}

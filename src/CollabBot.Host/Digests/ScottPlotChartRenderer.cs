using CollabBot.Conversations.Digests;

namespace CollabBot.Host.Digests;

/// <summary>
/// The digest chart, drawn server-side with ScottPlot: contributions as bars, small wins as a line, whole-number ticks,
/// labelled axes and a legend; drawn at twice its size so it stays sharp on high-density screens.
/// </summary>
internal sealed class ScottPlotChartRenderer : IChartRenderer
{
    public const int Width = 720;
    public const int Height = 360;
    public const int Density = 2;

    public byte[] WeeklyParticipation(DigestChart chart) => Plot(chart).GetImageBytes(Width * Density, Height * Density, ScottPlot.ImageFormat.Png);

    public static ScottPlot.Plot Plot(DigestChart chart)
    {
        var plot = new ScottPlot.Plot { ScaleFactor = Density };
        var positions = Enumerable.Range(0, chart.WeekLabels.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, chart.Signals.Select(s => (double)s).ToArray());
        bars.LegendText = "contributions";
        var line = plot.Add.Scatter(positions, chart.Wins.Select(w => (double)w).ToArray());
        line.LegendText = "small wins";
        line.LineWidth = 3;
        line.MarkerSize = 7;
        plot.Axes.Bottom.SetTicks(positions, chart.WeekLabels.ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        var top = Math.Max(4, Math.Max(chart.Signals.DefaultIfEmpty().Max(), chart.Wins.DefaultIfEmpty().Max()));
        plot.Axes.SetLimitsY(0, top * 1.15);
        plot.Axes.SetLimitsX(-0.6, Math.Max(positions.Length, 1) - 0.4);
        plot.XLabel(chart.WeekEndsOn is { } day ? $"weeks since the team started (each ends on a {day})" : "weeks since the team started");
        plot.YLabel("per week");
        plot.Title(chart.Title);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return plot;
    }
}

using CollabBot.Conversations.Digests;

namespace CollabBot.Host.Digests;

/// <summary>The digest chart, drawn server-side with ScottPlot: contributions as bars, small wins as a line.</summary>
internal sealed class ScottPlotChartRenderer : IChartRenderer
{
    public byte[] WeeklyParticipation(DigestChart chart)
    {
        var plot = new ScottPlot.Plot();
        var positions = Enumerable.Range(0, chart.WeekLabels.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, chart.Signals.Select(s => (double)s).ToArray());
        bars.LegendText = "contributions";
        var line = plot.Add.Scatter(positions, chart.Wins.Select(w => (double)w).ToArray());
        line.LegendText = "small wins";
        line.LineWidth = 3;
        plot.Axes.Bottom.SetTicks(positions, chart.WeekLabels.ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(chart.Title);
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return plot.GetImageBytes(720, 320, ScottPlot.ImageFormat.Png);
    }
}

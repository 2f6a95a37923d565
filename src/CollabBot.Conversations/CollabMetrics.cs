using System.Diagnostics.Metrics;
using CollabBot.Domain;

namespace CollabBot.Conversations;

/// <summary>What operators watch (exported at /metrics): turns accepted and handled, deliveries by platform and outcome, job durations. No content, no ids.</summary>
public sealed class CollabMetrics : IDisposable
{
    public const string MeterName = "CollabBot";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _turns;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _jobSeconds;
    private readonly Counter<long> _parkedTurns;

    public CollabMetrics()
    {
        _turns = _meter.CreateCounter<long>("collabbot.turns", description: "Turns handled, by platform and whether they were repeats");
        _accepted = _meter.CreateCounter<long>("collabbot.turns.accepted", description: "Turns stored in the inbox before the platform got its answer, by platform and whether they were repeats");
        _deliveries = _meter.CreateCounter<long>("collabbot.outbox.deliveries", description: "Outbox delivery attempts by platform and outcome (sent, retried, throttled, parked)");
        _parkedTurns = _meter.CreateCounter<long>("collabbot.turns.parked", description: "Turns given up after every attempt failed, by platform");
        _jobSeconds = _meter.CreateHistogram<double>("collabbot.job.duration", unit: "s", description: "Recurring work durations by kind");
    }

    public void Turn(Platform platform, bool repeat) =>
        _turns.Add(1, new("platform", platform.ToString()), new("repeat", repeat));

    public void Accepted(Platform platform, bool repeat) =>
        _accepted.Add(1, new("platform", platform.ToString()), new("repeat", repeat));

    public void TurnParked(Platform platform) => _parkedTurns.Add(1, new KeyValuePair<string, object?>("platform", platform.ToString()));

    public void Delivery(Platform platform, string outcome) =>
        _deliveries.Add(1, new("platform", platform.ToString()), new("outcome", outcome));

    public void Job(string kind, TimeSpan duration) =>
        _jobSeconds.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>The backlog gauges read <paramref name="last"/> (the monitor's last reading) at each scrape.</summary>
    public void ObserveBacklog(Func<Backlog.BacklogReading> last)
    {
        _meter.CreateObservableGauge("collabbot.backlog.turns", () => last().TurnsWaiting, description: "Turns accepted and waiting to be handled, on every host sharing this database");
        _meter.CreateObservableGauge("collabbot.backlog.oldest_turn_age", () => last().OldestTurn.TotalSeconds, unit: "s", description: "Age of the oldest turn waiting to be handled");
        _meter.CreateObservableGauge("collabbot.backlog.messages", () => last().MessagesDue, description: "Messages due for delivery and not yet sent");
        _meter.CreateObservableGauge("collabbot.backlog.oldest_message_age", () => last().OldestMessage.TotalSeconds, unit: "s", description: "How long the oldest due message has waited");
    }

    public void Dispose() => _meter.Dispose();
}

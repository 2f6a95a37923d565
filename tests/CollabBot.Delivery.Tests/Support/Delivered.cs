using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Testing;

namespace CollabBot.Delivery.Tests.Support;

/// <summary>Waiting for a fan-out to settle, and what exactly-once means for it.</summary>
public static class Delivered
{
    /// <summary>
    /// Waits until every expected text has arrived and the host's delivery has settled: no row pending or leased, and a
    /// round of every platform run to its end after that, so a late duplicate would already be in <paramref name="received"/>.
    /// </summary>
    public static async Task SettleAsync(DeliveryHost host, Func<IReadOnlyCollection<string>> received, IReadOnlyCollection<string> expected, TimeSpan timeout)
    {
        await Eventually.UntilAsync(() =>
        {
            var arrived = received().ToHashSet(StringComparer.Ordinal);
            return expected.All(arrived.Contains);
        }, timeout, () => $"{expected.Count(t => !received().Contains(t))} of {expected.Count} expected message(s) still missing");
        await HostWork.SettledAsync(host.Services, timeout: timeout);
    }

    /// <summary>Every expected text arrived exactly once and nothing else of the run arrived.</summary>
    public static void ExactlyOnce(IReadOnlyCollection<string> expected, IEnumerable<string> received)
    {
        var counts = received.Where(expected.Contains).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var missing = expected.Where(t => !counts.ContainsKey(t)).ToList();
        var twice = counts.Where(c => c.Value > 1).Select(c => $"{c.Key}×{c.Value}").ToList();
        Assert.True(missing.Count == 0 && twice.Count == 0, $"missing: [{string.Join(", ", missing)}]; duplicated: [{string.Join(", ", twice)}]");
    }
}
